/** The loader wrapper: what the scope holds back never reaches Astro's store, cached or not. */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { scopedLoader } from '../../../src/core/scoped-loader.ts';
import { publicationPolicy, siteContentScope } from '../../../src/site/content-scope.ts';
import { FIXTURE_CONTENT } from '../../helpers/fixture-content.ts';

// The fixture's site.yaml asks for no review, so only internal entries are held back.
const policy = publicationPolicy(FIXTURE_CONTENT, '2024-06-01');

const station = (visibility: string) => ({
	slug: 'x',
	name: '测试站',
	region: 'r',
	domains: ['d'],
	level: 'village',
	established: new Date('2023-01-01'),
	host: 'village',
	summary: '测试。',
	visibility,
	contacts: [{ role: '站长', name: '某某' }],
});

/** A loader that behaves as Astro's glob loader does: it skips an entry its cache holds. */
const globLike = (): Loader => ({
	name: 'glob-like',
	load: async (context) => {
		const { entryTypes } = context as LoaderContext & {
			entryTypes: Map<
				string,
				{ getEntryInfo: (p: { contents: string; fileUrl: URL }) => Promise<{ data: unknown }> }
			>;
		};
		const info = await entryTypes
			.get('.md')!
			.getEntryInfo({ contents: '', fileUrl: new URL('file:///site/content/stations/x.md') });
		if (context.store.get('x')) return;
		const parsed = await context.parseData({
			id: 'x',
			data: info.data as Record<string, unknown>,
			filePath: '/site/content/stations/x.md',
		});
		context.store.set({ id: 'x', data: parsed, filePath: 'content/stations/x.md' });
	},
});

function fakeContext(data: Record<string, unknown>, stored?: Record<string, unknown>) {
	const store = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
	if (stored) store.set('x', { id: 'x', data: stored, filePath: 'content/stations/x.md' });
	const context = {
		config: { root: new URL('file:///site/') },
		entryTypes: new Map([['.md', { getEntryInfo: async () => ({ data }) }]]),
		parseData: async ({ data: input }: { data: Record<string, unknown> }) => input,
		store: {
			get: (id: string) => store.get(id),
			set: (entry: { id: string; data: Record<string, unknown> }) => (
				store.set(entry.id, entry),
				true
			),
			delete: (id: string) => store.delete(id),
		},
	};
	return { context: context as unknown as LoaderContext, store };
}

describe('scopedLoader', () => {
	it('never stores an internal entry in the public build', async () => {
		const { context, store } = fakeContext(station('internal'));
		await scopedLoader(globLike(), 'stations', siteContentScope('public', policy)).load(context);
		expect(store.has('x')).toBe(false);
	});

	it('drops a cached entry that has become internal', async () => {
		const { context, store } = fakeContext(station('internal'), station('public'));
		await scopedLoader(globLike(), 'stations', siteContentScope('public', policy)).load(context);
		expect(store.has('x')).toBe(false);
	});

	it('stores a public entry without its internal-only fields', async () => {
		const { context, store } = fakeContext(station('public'));
		await scopedLoader(globLike(), 'stations', siteContentScope('public', policy)).load(context);
		expect(store.get('x')?.data).not.toHaveProperty('contacts');
		expect(store.get('x')?.data).toHaveProperty('name', '测试站');
	});

	it('stores everything in the intranet build', async () => {
		const { context, store } = fakeContext(station('internal'));
		await scopedLoader(globLike(), 'stations', siteContentScope('intranet', policy)).load(context);
		expect(store.get('x')?.data).toHaveProperty('contacts');
	});
});
