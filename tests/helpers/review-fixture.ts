import { readdirSync } from 'node:fs';
import path from 'node:path';
import { copyContent, type FixtureCopy } from './fixture-content.ts';

/** A story of the fixture, with other front-matter lines. */
function story(slug: string, title: string, extra: string): string {
	return `---
slug: ${slug}
title: ${title}
date: 2024-01-10
summary: ${title}的摘要。
domains: [town-village]
centers: [easttown]
${extra}
---

## 经过

${title}的正文，写给审核流程的测试。
`;
}

const allLevels = `review:
  author: 撰稿人甲乙丙
  written: 2024-01-01
  levels:
    - { level: 初审, reviewer: 审核人甲乙丙, date: 2024-01-02 }
    - { level: 复审, reviewer: 审核人甲乙丙, date: 2024-01-03 }`;

/** The planted stories, by what the public build must do with them. */
export const REVIEW_MARKERS = {
	draft: 'DRAFTMARKER',
	half: 'HALFMARKER',
	future: 'FUTUREMARKER',
	expired: 'EXPIREDMARKER',
	done: 'DONEMARKER',
} as const;

/**
 * The fixture content with the site requiring 初审 and 复审 (sample entries exempt, and every
 * fixture entry marked sample), and five planted stories: a draft, one with only 初审, one whose
 * window opens in 2099, one that closed in 2000, and one reviewed and published.
 */
export function reviewFixture(): FixtureCopy {
	const copy = copyContent();
	copy.edit(
		'site.yaml',
		'review:\n  levels: []',
		'review:\n  levels: [初审, 复审]\n  sampleExempt: true',
	);
	for (const folder of ['centers', 'stations', 'bases', 'platforms', 'systems', 'cases']) {
		for (const name of readdirSync(path.join(copy.root, folder))) {
			const file = `${folder}/${name}`;
			copy.write(file, copy.read(file).replace(/^---\n/, '---\nsample: true\n'));
		}
	}
	copy.write('cases/draft-story.mdx', story('draft-story', `草稿案例${REVIEW_MARKERS.draft}`, ''));
	copy.write(
		'cases/half-story.mdx',
		story(
			'half-story',
			`初审案例${REVIEW_MARKERS.half}`,
			'review:\n  levels:\n    - { level: 初审, reviewer: 审核人甲乙丙, date: 2024-01-02 }',
		),
	);
	copy.write(
		'cases/future-story.mdx',
		story(
			'future-story',
			`定时案例${REVIEW_MARKERS.future}`,
			`${allLevels}\npublishFrom: 2099-01-01`,
		),
	);
	copy.write(
		'cases/expired-story.mdx',
		story(
			'expired-story',
			`到期案例${REVIEW_MARKERS.expired}`,
			`${allLevels}\npublishUntil: 2000-01-01`,
		),
	);
	copy.write(
		'cases/done-story.mdx',
		story('done-story', `已审案例${REVIEW_MARKERS.done}`, allLevels),
	);
	return copy;
}
