/**
 * Which entries and fields exist in each profile: the predicate the loaders, the ledger export
 * and the public-build audit share, and that another condition can join.
 */
import { describe, expect, it } from 'vitest';
import { contentScope, UNPARSABLE, type HoldBack } from '../../../src/core/content-scope.ts';
import { exportTable } from '../../../src/features/editor/export-ledger.ts';
import { contentModel } from '../../../src/site/content-rules.ts';
import { holdBacks, publicationPolicy, siteContentScope } from '../../../src/site/content-scope.ts';
import { FIXTURE_CONTENT } from '../../helpers/fixture-content.ts';
import { readContent } from '../../../src/core/content-check/read-content.ts';

// The fixture's site.yaml asks for no review, so only internal entries are held back.
const policy = publicationPolicy(FIXTURE_CONTENT, '2024-06-01');

const center = (readContent(FIXTURE_CONTENT).entries.get('centers') ?? []).map(
	(entry) => entry.data,
);
const [publicCenter, internalCenter] = [
	center.find((data) => (data as { slug: string }).slug === 'easttown'),
	center.find((data) => (data as { slug: string }).slug === 'internal-center'),
];

describe('the content scope', () => {
	it('holds internal entries back from the public build only, saying why', () => {
		expect(siteContentScope('public', policy).heldBack('centers', internalCenter)).toContain(
			'内部条目',
		);
		expect(
			siteContentScope('intranet', policy).heldBack('centers', internalCenter),
		).toBeUndefined();
		expect(siteContentScope('public', policy).heldBack('centers', publicCenter)).toBeUndefined();
	});

	it('removes internal-only fields in the public build only', () => {
		const visible = siteContentScope('public', policy).visibleData(
			'centers',
			publicCenter,
		) as Record<string, unknown>;
		expect(visible).not.toHaveProperty('contacts');
		expect(visible).not.toHaveProperty('internalNotes');
		expect(visible).toHaveProperty('name');
		expect(siteContentScope('intranet', policy).visibleData('centers', publicCenter)).toBe(
			publicCenter,
		);
	});

	it('holds back an entry that does not parse (fail closed)', () => {
		expect(siteContentScope('public', policy).heldBack('centers', { slug: 'x' })).toBe(UNPARSABLE);
	});

	it('takes a second condition beside the first', () => {
		const unreviewed: HoldBack = ({ data }, profile) =>
			profile === 'public' && data['summary'] === '测试用的实践中心。' ? '未完成审核' : undefined;
		const scope = contentScope('public', contentModel.schemas, [...holdBacks, unreviewed]);
		expect(scope.heldBack('centers', publicCenter)).toBe('未完成审核');
		expect(scope.heldBack('centers', internalCenter)).toContain('内部条目');
	});
});

describe('npm run export through the scope', () => {
	it('leaves internal entries and internal columns out of a public ledger', () => {
		const full = exportTable(contentModel.schemas, FIXTURE_CONTENT, 'centers');
		const sealed = exportTable(
			contentModel.schemas,
			FIXTURE_CONTENT,
			'centers',
			siteContentScope('public', policy),
		);
		expect(full.rows).toHaveLength(2);
		expect(sealed.rows).toHaveLength(1);
		expect(full.columns.map((column) => column.field)).toContain('contacts');
		expect(sealed.columns.map((column) => column.field)).not.toContain('contacts');
		expect(sealed.columns.map((column) => column.field)).not.toContain('internalNotes');
		expect(JSON.stringify(sealed.rows)).not.toContain('INTERNALMARKER');
	});
});
