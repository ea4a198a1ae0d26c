import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/content-check/index.ts';
import { componentUses } from '../../../src/features/cases/case-components.ts';
import { copyContent, type FixtureCopy } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

describe('componentUses', () => {
	it('finds components with their attributes and lines, skipping code blocks', () => {
		const body =
			'\n文字\n<Figure picture="road" />\n```\n<Nope />\n```\n<LinkCard\n  station=\'a\' />\n';
		expect(componentUses(body, 10)).toEqual([
			{ name: 'Figure', attributes: { picture: 'road' }, line: 12 },
			{ name: 'LinkCard', attributes: { station: 'a' }, line: 16 },
		]);
	});
});

describe('story components in the content check', () => {
	let fixture: FixtureCopy;
	afterEach(() => fixture?.dispose());

	const caseFile = 'cases/test-story.mdx';
	const problemsWith = (body: string) => {
		fixture = copyContent();
		fixture.edit(caseFile, '测试案例的正文。', body);
		return checkContent(fixture.root, contentModel).problems.filter(
			(problem) => problem.file === caseFile,
		);
	};

	it('accepts components that name what exists', () => {
		expect(
			problemsWith(
				'<NumberCallout figure="practice-centers" />\n\n<LinkCard station="east-street" />\n\n<Timeline>\n<Step date="2023-07" title="开始">经过</Step>\n</Timeline>',
			),
		).toEqual([]);
	});
	it('names the line and the missing figure, site or picture', () => {
		const problems = problemsWith(
			'<NumberCallout figure="no-such-figure" />\n\n<LinkCard station="nowhere" />\n\n<Figure picture="road" />',
		);
		expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
			['<NumberCallout>', 15],
			['<LinkCard>', 17],
			['<Figure>', 19],
		]);
		expect(problems[0]!.message).toContain('no-such-figure');
		expect(problems[1]!.message).toContain('nowhere');
		expect(problems[2]!.message).toContain('pictures');
	});
	it('names an unknown component and lists the ones there are', () => {
		const [problem] = problemsWith('<Galery />');
		expect(problem!.message).toContain('Galery');
		expect(problem!.message).toContain('Gallery');
	});
	it('refuses a timeline date written another way', () => {
		const [problem] = problemsWith('<Step date="2023年7月" title="开始">经过</Step>');
		expect(problem!.message).toContain('2023-07');
	});
});
