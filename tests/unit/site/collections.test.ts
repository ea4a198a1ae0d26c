/** The fixture content parsed through the real collection schemas. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/core/content-check/read-content.ts';
import { checkerHelpers, validateEntries } from '../../../src/core/content-check/validate.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';
import { collectionSources } from '../../../src/core/collections.ts';
import { internalFields } from '../../../src/core/schemas/internal.ts';
import { FIXTURE_CONTENT } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

const schemas = collectionSchemas(checkerHelpers);
const raw = readContent(FIXTURE_CONTENT);
const dataOf = (collection: keyof typeof collectionSources, index = 0) =>
	raw.entries.get(collection)?.[index]?.data;

describe('collection schemas', () => {
	it('read every collection of the fixture without problems', () => {
		expect(raw.problems).toEqual([]);
		expect(validateEntries(raw.entries, contentModel.schemas).problems).toEqual([]);
		for (const collection of Object.keys(collectionSources)) {
			expect(raw.entries.get(collection as keyof typeof collectionSources)?.length).toBeGreaterThan(
				0,
			);
		}
	});

	it('fill defaults for a center and keep its references', () => {
		const center = schemas.centers.parse(dataOf('centers'));
		expect(center.visibility).toBe('public');
		expect(center.sample).toBe(false);
		expect(center.gallery).toEqual([]);
		expect(center.region).toMatchObject({ collection: 'regions', id: 'easttown' });
		expect(center.systems).toEqual([
			expect.objectContaining({ collection: 'systems', id: 'test-regulation' }),
		]);
	});

	it('give a station its host and guiding center', () => {
		const station = schemas.stations.parse(dataOf('stations'));
		expect(station.host).toMatchObject({ collection: 'scopes', id: 'village' });
		expect(station.center).toMatchObject({ collection: 'centers', id: 'easttown' });
	});

	it('give a base its kind and points', () => {
		const base = schemas.bases.parse(dataOf('bases'));
		expect(base.kind).toMatchObject({ collection: 'baseKinds', id: 'qinchuangyuan-base' });
		expect(base.points).toHaveLength(1);
	});

	it('keep a system version as text even when written as a number', () => {
		const system = schemas.systems.parse({ ...(dataOf('systems') as object), version: 2 });
		expect(system.version).toBe('2');
	});

	it('refuse a site without a domain', () => {
		const result = schemas.centers.safeParse({ ...(dataOf('centers') as object), domains: [] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('至少填写一个领域');
	});

	it('refuse a summary longer than 200 characters', () => {
		const result = schemas.cases.safeParse({
			...(dataOf('cases') as object),
			summary: '长'.repeat(201),
		});
		expect(result.success).toBe(false);
	});

	it('allow an empty alt only for a decorative picture', () => {
		const center = dataOf('centers') as Record<string, unknown>;
		const withAlt = (cover: object) => schemas.centers.safeParse({ ...center, cover }).success;
		expect(withAlt({ src: '../images/cover.webp', alt: '' })).toBe(false);
		expect(withAlt({ src: '../images/cover.webp', alt: '', decorative: true })).toBe(true);
	});

	it('mark contacts, internal notes and the review record as internal-only fields', () => {
		const marked = [...Object.values(schemas.centers.shape)].filter((field) =>
			internalFields.has(field),
		);
		expect(marked.map((field) => internalFields.get(field)?.description).sort()).toEqual([
			'内部备注',
			'审核记录（撰稿人、审核人姓名）',
			'联系人',
		]);
	});

	it('read a figure with its breakdown', () => {
		const figure = schemas.figures.parse({
			...(dataOf('figures') as object),
			breakdown: [{ label: '甲', value: 1 }],
		});
		expect(figure.breakdown).toEqual([{ label: '甲', value: 1 }]);
		expect(figure.featured).toBe(true);
	});

	it('read the site settings with the sample notice on by default', () => {
		const site = schemas.site.parse({ ...(dataOf('site') as object), sampleNotice: undefined });
		expect(site.sampleNotice).toBe(true);
		expect(site.district).toMatchObject({ collection: 'regions', id: 'testdistrict' });
	});
});
