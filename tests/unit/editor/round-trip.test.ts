/**
 * Export → (edit nothing) → import is a round trip on the sample content: with --update no file
 * changes by a single byte; into an emptied folder the entries come back with the same front
 * matter, as the schemas read it, and the same body.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf } from '../../../src/features/editor/entry-file.ts';
import { exportLedger } from '../../../src/features/editor/export-ledger.ts';
import { applyImport, planImport } from '../../../src/features/editor/import-ledger.ts';
import { ledgerKinds, type LedgerKind } from '../../../src/features/editor/kinds.ts';
import { readLedgerFile } from '../../../src/features/editor/read-ledger.ts';
import { checkContent, isError } from '../../../src/core/content-check/index.ts';
import { checkerHelpers } from '../../../src/core/content-check/validate.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

let copy: FixtureCopy | undefined;
afterEach(() => {
	copy?.dispose();
	copy = undefined;
});

function snapshot(folder: string): Map<string, string> {
	return new Map(
		readdirSync(folder)
			.sort()
			.map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
	);
}

async function importLedger(root: string, kind: LedgerKind, file: string, update: boolean) {
	const { sheets } = await readLedgerFile(file);
	return planImport({
		model: contentModel,
		root,
		kind,
		ledgerName: path.basename(file),
		sheets,
		update,
	});
}

describe.each(ledgerKinds)('the %s ledger', (kind) => {
	it('changes nothing when imported back with --update', async () => {
		copy = copyContent(SAMPLE_CONTENT);
		const file = path.join(copy.root, `${kind}.xlsx`);
		const count = await exportLedger(contentModel.schemas, copy.root, kind, file);
		expect(count).toBeGreaterThan(0);
		const before = snapshot(path.join(copy.root, kind));
		const plan = await importLedger(copy.root, kind, file, true);
		expect(plan.problems).toEqual([]);
		expect(plan.notes).toEqual([]);
		expect(plan.entries).toHaveLength(count);
		expect(plan.entries.filter((entry) => entry.action !== 'unchanged')).toEqual([]);
		applyImport(copy.root, plan);
		expect(snapshot(path.join(copy.root, kind))).toEqual(before);
	});

	it('rebuilds a deleted folder with the same front matter and body', async () => {
		copy = copyContent(SAMPLE_CONTENT);
		const file = path.join(copy.root, `${kind}.xlsx`);
		await exportLedger(contentModel.schemas, copy.root, kind, file);
		const before = snapshot(path.join(copy.root, kind));
		rmSync(path.join(copy.root, kind), { recursive: true });
		const plan = await importLedger(copy.root, kind, file, false);
		expect(plan.problems).toEqual([]);
		applyImport(copy.root, plan);
		const after = snapshot(path.join(copy.root, kind));
		expect([...after.keys()]).toEqual([...before.keys()]);
		const schema = collectionSchemas(checkerHelpers)[kind];
		for (const [name, text] of before) {
			const rebuilt = after.get(name)!;
			expect(schema.parse(matter(rebuilt).data), name).toEqual(schema.parse(matter(text).data));
			expect(bodyOf(rebuilt), name).toBe(bodyOf(text));
		}
		// The ledger itself lies in the content folder, which the check warns about.
		expect(checkContent(copy.root, contentModel).problems.filter(isError)).toEqual([]);
	});
});

describe('an edited ledger', () => {
	it('changes only the edited field of the edited entry, keeping its comments and body', async () => {
		copy = copyContent(SAMPLE_CONTENT);
		const file = path.join(copy.root, 'stations.xlsx');
		await exportLedger(contentModel.schemas, copy.root, 'stations', file);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(file);
		const sheet = workbook.worksheets[0]!;
		const headers = (sheet.getRow(1).values as unknown[]).map(String);
		const row = sheet.getRow(
			sheet
				.getColumn(headers.indexOf('名称'))
				.values.findIndex((value) => value === '田家庄镇田南村同心实践站'),
		);
		row.getCell(headers.indexOf('开放时间')).value = '每天 8:00—18:00';
		await workbook.xlsx.writeFile(file);

		const target = path.join(copy.root, 'stations/tiannan-village.md');
		const original = readFileSync(target, 'utf8');
		const before = snapshot(path.join(copy.root, 'stations'));
		const plan = await importLedger(copy.root, 'stations', file, true);
		expect(plan.problems).toEqual([]);
		expect(plan.entries.filter((entry) => entry.action === 'update')).toEqual([
			expect.objectContaining({
				file: 'stations/tiannan-village.md',
				changes: [expect.objectContaining({ field: 'openingHours', after: '每天 8:00—18:00' })],
			}),
		]);
		applyImport(copy.root, plan);
		const after = snapshot(path.join(copy.root, 'stations'));
		for (const [name, text] of before) {
			if (name !== 'tiannan-village.md') expect(after.get(name), name).toBe(text);
		}
		const changed = readFileSync(target, 'utf8').split('\n');
		const lines = original.split('\n');
		expect(changed).toHaveLength(lines.length);
		expect(changed.filter((line, index) => line !== lines[index])).toEqual([
			'openingHours: 每天 8:00—18:00',
		]);
	});
});
