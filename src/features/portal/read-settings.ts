import { formatFieldPath, type ContentProblem } from '../../core/content-check/problem.ts';
import { readYamlSingle } from '../../core/content-check/source-file.ts';
import { describeIssue } from '../../core/content-check/validate.ts';
import { portalSettingsSchema, type PortalSettings } from './portal-settings-schema.ts';

/**
 * The portal's settings from the text of its YAML file, or its problems located by line and
 * field the way the content check reports them.
 */
export function readPortalSettings(
	file: string,
	text: string,
): { settings?: PortalSettings; problems: ContentProblem[] } {
	const { entry, problems } = readYamlSingle(file, text);
	if (!entry) return { problems };
	const parsed = portalSettingsSchema.safeParse(entry.data);
	if (parsed.success) return { settings: parsed.data, problems: [] };
	return {
		problems: parsed.error.issues.map((issue) => ({
			file,
			line: entry.lineOf(issue.path),
			field: formatFieldPath(issue.path),
			message: describeIssue(issue, entry.data),
		})),
	};
}
