import { existsSync, readFileSync } from 'node:fs';
import settings from 'virtual:tongxin/settings';
import type { InspectionReport } from './inspection.ts';

/**
 * The last report of `npm run inspect`, for the intranet /inspection/ page: `missing` when it has
 * not run, `unreadable` when the file is not its report.
 */
export function lastInspection():
	{ state: 'missing' } | { state: 'unreadable' } | { state: 'ready'; report: InspectionReport } {
	if (!existsSync(settings.inspectionFile)) return { state: 'missing' };
	try {
		const report = JSON.parse(readFileSync(settings.inspectionFile, 'utf8')) as InspectionReport;
		if (!Array.isArray(report.items) || !report.verdict) return { state: 'unreadable' };
		return { state: 'ready', report };
	} catch {
		return { state: 'unreadable' };
	}
}
