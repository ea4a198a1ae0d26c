import { describe, expect, it } from 'vitest';
import { prepareForIndex, spaceMetaAttribute } from '../../../src/features/search/prepare-html.ts';
import { pagefindAttributes } from '../../../src/features/search/search-fields.ts';

describe('prepareForIndex', () => {
	const html = [
		'<html><head><style>.a{content:"统战"}</style></head><body>',
		'<main data-pagefind-body><h1>柳林镇中心</h1>',
		'<span data-pagefind-meta="kind:同心实践站"></span>',
		'<span data-pagefind-filter="town:柳林镇"></span>',
		'<p>“345”责任<b>体系</b></p><script>const a = "统战";</script></main></body></html>',
	].join('');
	const prepared = prepareForIndex(html);

	it('spaces the characters of the text, also across inline elements', () => {
		expect(prepared).toContain('<h1> 柳 林 镇 中 心 </h1>');
		expect(prepared).toContain('“345” 责 任 <b> 体 系 </b>');
	});

	it('spaces meta values but leaves filter values, scripts and styles alone', () => {
		expect(prepared).toContain('data-pagefind-meta="kind:同 心 实 践 站"');
		expect(prepared).toContain('data-pagefind-filter="town:柳林镇"');
		expect(prepared).toContain('const a = "统战";');
		expect(prepared).toContain('.a{content:"统战"}');
	});
});

describe('spaceMetaAttribute', () => {
	it('leaves picture addresses and attribute references as they are', () => {
		expect(spaceMetaAttribute('image[src], image_alt[alt]')).toBe('image[src], image_alt[alt]');
		expect(spaceMetaAttribute('image:/_astro/统战.webp')).toBe('image:/_astro/统战.webp');
		expect(spaceMetaAttribute('town:柳林镇')).toBe('town:柳 林 镇');
	});
});

describe('pagefindAttributes', () => {
	it('gives one pair per element, each domain once, and no empty values', () => {
		expect(
			pagefindAttributes({
				kind: '同心实践站',
				town: '',
				domains: ['企业', '企业', '宗教'],
				level: '村级',
			}),
		).toEqual({
			meta: ['kind:同心实践站'],
			filters: ['kind:同心实践站', 'level:村级', 'domain:企业', 'domain:宗教'],
		});
	});

	it('keeps a comma inside a value from splitting it', () => {
		expect(pagefindAttributes({ kind: '甲,乙' }).meta).toEqual(['kind:甲，乙']);
	});
});
