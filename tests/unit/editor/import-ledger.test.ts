/**
 * `npm run import` on ledgers as staff keep them: good ones become entries that pass the content
 * check; bad ones are refused row by row, naming the row and the column, and write nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	applyImport,
	planImport,
	type ImportPlan,
} from '../../../src/features/editor/import-ledger.ts';
import { readLedgerFile } from '../../../src/features/editor/read-ledger.ts';
import type { LedgerKind } from '../../../src/features/editor/kinds.ts';
import { checkContent } from '../../../src/core/content-check/index.ts';
import { copyContent, type FixtureCopy } from '../../helpers/fixture-content.ts';
import {
	LEDGER_FIXTURES,
	fixtureRows,
	writeGbkCsv,
	writeXlsx,
	writeXlsxWithMergedHeader,
} from '../../helpers/ledgers.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

let copy: FixtureCopy | undefined;
afterEach(() => {
	copy?.dispose();
	copy = undefined;
});

async function plan(
	file: string,
	{ kind = 'stations', update = false }: { kind?: LedgerKind; update?: boolean } = {},
): Promise<ImportPlan> {
	copy ??= copyContent();
	const { sheets } = await readLedgerFile(file);
	return planImport({
		model: contentModel,
		root: copy.root,
		kind,
		ledgerName: path.basename(file),
		sheets,
		update,
	});
}

const fixture = (name: string) => path.join(LEDGER_FIXTURES, name);
const stationFiles = () => readdirSync(path.join(copy!.root, 'stations')).sort();

describe('a good ledger', () => {
	it('becomes new entries that pass the content check', async () => {
		const result = await plan(fixture('stations-good.csv'));
		expect(result.problems).toEqual([]);
		expect(result.entries.map((entry) => [entry.row, entry.file, entry.action])).toEqual([
			[2, 'stations/xi-jie-she-qu.md', 'create'],
			[3, 'stations/yuan-qu-qi-ye.md', 'create'],
		]);
		applyImport(copy!.root, result);
		expect(checkContent(copy!.root, contentModel).problems).toEqual([]);
	});

	it('turns Chinese names into ids, normalises dates and keeps the body', async () => {
		const result = await plan(fixture('stations-good.csv'));
		applyImport(copy!.root, result);
		const text = readFileSync(path.join(copy!.root, 'stations/xi-jie-she-qu.md'), 'utf8');
		expect(text).toContain('region: "610305100001"');
		expect(text).toContain('host: village');
		expect(text).toContain('center: easttown');
		expect(text).toContain('level: village');
		expect(text).toContain('domains: [town-village]');
		expect(text).toContain('established: 2023-03-08');
		expect(text).toContain('coordinates: {lng: 107.391, lat: 34.522}');
		expect(text).toContain('- {role: 统战联络员, name: 测试联系人乙, phone: 0917-0000002}');
		expect(text).toMatch(/---\n\n西街社区同心实践站的正文。\n\n## 特色活动\n\n每月一次议事会。\n$/);
		const other = readFileSync(path.join(copy!.root, 'stations/yuan-qu-qi-ye.md'), 'utf8');
		expect(other).toContain('domains: [enterprise, park]');
		expect(other).toContain('established: 2023-05-20');
		expect(other).not.toContain('center:');
	});

	it('reads the same from .xlsx, from GBK CSV and from UTF-8 CSV with a BOM', async () => {
		copy = copyContent();
		const rows = fixtureRows('stations-good.csv');
		const xlsx = path.join(copy.root, 'ledger.xlsx');
		await writeXlsx(xlsx, rows);
		const gbk = path.join(copy.root, 'ledger-gbk.csv');
		writeGbkCsv(gbk, readFileSync(fixture('stations-good.csv'), 'utf8'));
		const bom = path.join(copy.root, 'ledger-bom.csv');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(bom, `\uFEFF${readFileSync(fixture('stations-good.csv'), 'utf8')}`);
		const expected = (await plan(fixture('stations-good.csv'))).entries.map((entry) => entry.text);
		for (const file of [xlsx, gbk, bom]) {
			const result = await plan(file);
			expect(result.problems).toEqual([]);
			expect(result.entries.map((entry) => entry.text.replace(/台账 \S+ /, ''))).toEqual(
				expected.map((text) => text.replace(/台账 \S+ /, '')),
			);
		}
		expect((await readLedgerFile(gbk)).encoding).toBe('gb18030');
		expect((await readLedgerFile(bom)).encoding).toBe('utf-8-bom');
	});

	it('finds the header under a merged title row and across merged header cells', async () => {
		copy = copyContent();
		const [header, ...rows] = fixtureRows('stations-good.csv');
		const file = path.join(copy.root, 'merged.xlsx');
		await writeXlsxWithMergedHeader(file, header!, rows);
		const result = await plan(file);
		expect(result.problems).toEqual([]);
		expect(result.entries.map((entry) => entry.row)).toEqual([4, 5]);
		expect(result.entries[0]!.text).toContain('coordinates: {lng: 107.391, lat: 34.522}');
	});
});

describe('a bad ledger', () => {
	it('names a missing required column and writes nothing', async () => {
		const result = await plan(fixture('stations-missing-column.csv'));
		expect(result.problems).toEqual([
			expect.objectContaining({ line: 1, field: 'level', label: '级别' }),
		]);
		expect(result.problems[0]!.message).toContain('缺少必填的“级别”列');
		expect(applyImport(copy!.root, result)).toEqual([]);
		expect(stationFiles()).toEqual(['east-street.md']);
	});

	it('reports every bad row with its row number and column, and writes nothing', async () => {
		const result = await plan(fixture('stations-bad-rows.csv'));
		const summary = result.problems.map((problem) => [
			problem.line,
			problem.column?.letter,
			problem.column?.header,
			problem.field,
		]);
		expect(summary).toEqual([
			[2, 'H', '经度', 'coordinates.lng'],
			[4, 'G', '建立日期', 'established'],
			[5, 'G', '建立日期', 'established'],
			[7, 'B', '名称', 'name'],
			[8, 'E', '级别', 'level'],
		]);
		const messages = result.problems.map((problem) => problem.message);
		expect(messages[0]).toContain('经度应为数字');
		expect(messages[1]).toBe('这一天不存在，请检查月和日');
		expect(messages[2]).toContain('YYYY-MM-DD');
		expect(messages[3]).toContain('和第 2 行是同一个同心实践站');
		expect(messages[4]).toContain('县级');
		// The empty row and the blank line are skipped, and the 序号 column is ignored with a note.
		expect(result.rows).toBe(6);
		expect(result.entries.map((entry) => entry.row)).toEqual([9]);
		expect(result.notes).toContain('第 A 列“序号”不是同心实践站台账的列，已忽略。');
		expect(applyImport(copy!.root, result)).toEqual([]);
		expect(stationFiles()).toEqual(['east-street.md']);
	});

	it('writes the good rows with --skip-invalid and leaves the bad ones out', async () => {
		const result = await plan(fixture('stations-bad-rows.csv'));
		const written = applyImport(copy!.root, result, { skipInvalid: true });
		expect(written.map((entry) => [entry.row, entry.file])).toEqual([
			[9, 'stations/dong-guan-she-qu.md'],
		]);
		expect(stationFiles()).toEqual(['dong-guan-she-qu.md', 'east-street.md']);
		expect(checkContent(copy!.root, contentModel).problems).toEqual([]);
	});

	it('refuses to overwrite an existing entry without --update', async () => {
		copy = copyContent();
		const file = path.join(copy.root, 'update.csv');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(
			file,
			'名称,所属区域,承建单位类型,级别,领域,建立日期,简介,地址\n东街社区同心实践站,东街社区居委会,village,village,town-village,2023-01-05,测试用的实践站。,东镇东街 1 号\n',
		);
		const refused = await plan(file);
		expect(refused.problems).toEqual([expect.objectContaining({ line: 2, field: 'name' })]);
		expect(refused.problems[0]!.message).toContain('--update');

		const original = readFileSync(path.join(copy.root, 'stations/east-street.md'), 'utf8');
		const updated = await plan(file, { update: true });
		expect(updated.problems).toEqual([]);
		expect(updated.entries).toEqual([
			expect.objectContaining({ action: 'update', file: 'stations/east-street.md' }),
		]);
		expect(updated.entries[0]!.changes.map((change) => change.field)).toEqual(['address']);
		applyImport(copy.root, updated);
		const text = readFileSync(path.join(copy.root, 'stations/east-street.md'), 'utf8');
		// Only the new line is added; every other line, and the body, stays as it was.
		expect(text.split('\n').filter((line) => !original.split('\n').includes(line))).toEqual([
			'address: 东镇东街 1 号',
		]);
		expect(text.endsWith('\n东街社区同心实践站的正文。\n')).toBe(true);
	});

	it('says what it cannot read', async () => {
		copy = copyContent();
		const file = path.join(copy.root, 'notes.csv');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(file, '日期,事项\n2024-01-01,开会\n');
		const result = await plan(file);
		expect(result.problems).toEqual([expect.objectContaining({ line: 1 })]);
		expect(result.problems[0]!.message).toContain('找不到表头');
		await expect(readLedgerFile(path.join(copy.root, 'old.xls'))).rejects.toThrow();
		expect(existsSync(path.join(copy.root, 'stations', 'xi-jie-she-qu.md'))).toBe(false);
	});
});
