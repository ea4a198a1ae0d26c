import { describe, expect, it } from 'vitest';
import {
	metaTitle,
	prepareForIndex,
	spaceMetaAttribute,
} from '../../../src/features/search/prepare-html.ts';
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

describe('prepareForIndex: aliases and facts lists', () => {
	const page =
		'<main><div data-pagefind-body><h1>陈村镇同心实践中心</h1>' +
		'<dl class="facts"><dt>所在地</dt><dd><a href="/towns/chencun/">陈村镇</a></dd><dt>级别</dt><dd>镇级</dd></dl>' +
		'</div></main>';

	it('adds the title’s pinyin and synonyms as the aliases meta at the start of the body', () => {
		const prepared = prepareForIndex(page, { synonyms: [['中心', '中央']] });
		expect(prepared).toMatch(
			/<div data-pagefind-body><span data-pagefind-meta="pinyin:chencunzhentongxinshijianzhongxin ccztxsjzx"><\/span><span data-pagefind-meta="aliases:[^"]* 中 央"><\/span><h1>/,
		);
	});

	it('reads the title from the first h1 when no title meta is set', () => {
		expect(metaTitle('<h1 class="a">陈村<b>镇</b> &amp; 园区</h1>')).toBe('陈村镇 & 园区');
		expect(metaTitle('<span data-pagefind-meta="title:甲&quot;乙"></span><h1>丙</h1>')).toBe(
			'甲"乙',
		);
	});

	it('ends labels and values of facts lists with a mark joined to their last word', () => {
		const prepared = prepareForIndex(page);
		expect(prepared).toContain('<dt> 所 在 地： </dt>');
		expect(prepared).toContain('<dd><a href="/towns/chencun/"> 陈 村 镇 </a>；</dd>');
		expect(prepared).toContain('<dd> 镇 级； </dd>');
	});
});
