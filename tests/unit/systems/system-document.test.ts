import { describe, expect, it } from 'vitest';
import {
	inlineText,
	parseSystemBody,
	sectionsOf,
} from '../../../src/features/systems/system-document.ts';

const body = `
## 一、目的

为规范工作，**制定**本制度。
由【单位名称】负责。

## 二、内容

（一）学习内容。每季度学习一次。

1. 政治理论。
2. 政策法规，
   分两行写。

### （二）学习形式

- 集中学习
`;

describe('parseSystemBody', () => {
	const document = parseSystemBody(body);

	it('reads ## as 一、 sections and ### as （一） sub-headings, with anchors', () => {
		const headings = document.blocks.filter((block) => block.type === 'heading');
		expect(headings.map((heading) => [heading.level, heading.id, heading.text])).toEqual([
			[1, 'section-1', '一、目的'],
			[1, 'section-2', '二、内容'],
			[2, 'section-2-1', '（二）学习形式'],
		]);
	});

	it('joins the lines of a paragraph without spaces and drops Markdown marks', () => {
		const first = document.blocks[1];
		expect(first?.type === 'paragraph' && first.text).toBe(
			'为规范工作，制定本制度。由【单位名称】负责。',
		);
	});

	it('keeps blanks as their own parts', () => {
		const first = document.blocks[1];
		expect(first?.type === 'paragraph' && first.content).toContainEqual({
			type: 'blank',
			name: '单位名称',
		});
	});

	it('splits a run-in （一） heading into its lead sentence and the rest', () => {
		const paragraph = document.blocks[3];
		expect(paragraph?.type).toBe('paragraph');
		if (paragraph?.type !== 'paragraph') return;
		expect(paragraph.leadStyle).toBe('subheading');
		expect(inlineText(paragraph.lead)).toBe('（一）学习内容。');
		expect(inlineText(paragraph.content)).toBe('每季度学习一次。');
	});

	it('keeps numbered items with their numbers, continuation lines included', () => {
		const list = document.blocks[4];
		expect(list?.type === 'list' && list.items.map((item) => [item.marker, item.text])).toEqual([
			['1.', '政治理论。'],
			['2.', '政策法规，分两行写。'],
		]);
	});

	it('groups blocks under their ## section', () => {
		expect(sectionsOf(document).map((section) => section.blocks.length)).toEqual([1, 4]);
	});

	it('reports a closing line of blanks only, which would stand alone above the signature', () => {
		const closing = parseSystemBody('## 一、联系方式\n\n联系人：【负责人】。\n\n【单位名称】\n');
		expect(closing.problems).toEqual([
			{ line: 5, message: expect.stringContaining('正文最后一行只有填空项“【单位名称】”') },
		]);
		expect(parseSystemBody('## 一、附则\n\n本制度由【单位名称】负责解释。\n').problems).toEqual([]);
	});

	it('finds nothing wrong in a plain template', () => {
		expect(document.problems).toEqual([]);
	});
});

describe('links in a template', () => {
	it('stay links on the page and read as their text everywhere else', () => {
		const [paragraph] = parseSystemBody(
			'（一）按[“六有四好”标准](/systems/six-haves-four-goods/)。由【单位名称】评估。',
		).blocks;
		expect(paragraph?.type).toBe('paragraph');
		if (paragraph?.type !== 'paragraph') return;
		expect(paragraph.lead).toEqual([
			{ type: 'text', text: '（一）按' },
			{ type: 'link', text: '“六有四好”标准', href: '/systems/six-haves-four-goods/' },
			{ type: 'text', text: '。' },
		]);
		expect(paragraph.text).toBe('（一）按“六有四好”标准。由【单位名称】评估。');
	});
});

describe('parseSystemBody on what an official document cannot carry', () => {
	it('names the line of a table, a quote, a picture and a heading at the wrong level', () => {
		const { problems } = parseSystemBody(
			['# 标题', '', '| a | b |', '', '> 引用', '', '![图](a.png)', '', '#### 太深'].join('\n'),
		);
		expect(problems.map((problem) => problem.line)).toEqual([1, 3, 5, 7, 9]);
		expect(problems[1]?.message).toContain('表格');
		expect(problems[0]?.message).toContain('## 一、');
	});

	it('names the line of an unpaired blank bracket', () => {
		const { problems } = parseSystemBody('## 一、目的\n\n由【单位名称负责。');
		expect(problems).toEqual([{ line: 3, message: expect.stringContaining('填空括号不成对') }]);
	});
});
