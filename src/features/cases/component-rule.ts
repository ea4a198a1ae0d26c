import type { ContentProblem } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import { collectionLabels } from '../../core/collections.ts';
import { parseLooseDate } from './dates.ts';
import { missingPictureMessage, pictureNames } from './picture-names.ts';
import {
	componentUses,
	importedNames,
	linkCardTargets,
	caseComponentNames,
	type ComponentUse,
	type LinkCardAttribute,
} from './case-components.ts';

const DOCS = 'docs/editor-components.md';

/**
 * The story-body check: every component a case story uses exists, has the attributes it needs,
 * and names pictures, figures, sites and systems that exist — so a typo stops `npm run check`
 * with the line, instead of an Astro error deep in the build.
 */
export const caseComponentRule: ContentRule = (entries) => {
	const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
	const problems: ContentProblem[] = [];
	for (const story of entries.filter((entry) => entry.collection === 'cases')) {
		const { body, bodyStartLine, file } = story.raw;
		if (!body) continue;
		const pictures = Object.keys((story.raw.data as { pictures?: unknown }).pictures ?? {});
		const imported = importedNames(body);
		const report = (use: ComponentUse, message: string) =>
			problems.push({ file, line: use.line, field: `<${use.name}>`, message });
		const requireTarget = (
			use: ComponentUse,
			collection: 'figures' | keyof typeof collectionLabels,
			id: string,
		) => {
			if (!known.has(`${collection}/${id}`))
				report(use, `引用的${collectionLabels[collection]}“${id}”不存在。请检查拼写。`);
		};

		for (const use of componentUses(body, bodyStartLine ?? 1)) {
			if (imported.has(use.name)) continue;
			const { attributes } = use;
			switch (use.name) {
				case 'Figure':
					if (!attributes['picture'])
						report(use, '缺少 picture="…"：写 pictures 中一张图片的名字。');
					else if (!pictures.includes(attributes['picture']))
						report(use, missingPictureMessage(attributes['picture'], pictures));
					break;
				case 'Gallery':
					for (const name of pictureNames(attributes['pictures']))
						if (!pictures.includes(name)) report(use, missingPictureMessage(name, pictures));
					if (pictures.length === 0 && pictureNames(attributes['pictures']).length === 0)
						report(use, 'pictures 为空：先在字段区的 pictures 下添加图片，写明 src 和 alt。');
					break;
				case 'NumberCallout':
					if (!attributes['figure'])
						report(use, '缺少 figure="…"：写 content/figures/figures.yaml 中一项数据的 id。');
					else requireTarget(use, 'figures', attributes['figure']);
					break;
				case 'Step':
					if (!attributes['date'] || !parseLooseDate(attributes['date']))
						report(use, '日期应写成 date="2023-07-12"、date="2023-07" 或 date="2023"。');
					if (!attributes['title']) report(use, '缺少 title="…"：这一步的标题。');
					break;
				case 'LinkCard': {
					const named = (Object.keys(linkCardTargets) as LinkCardAttribute[]).filter(
						(attribute) => attributes[attribute],
					);
					if (named.length !== 1)
						report(
							use,
							'请只写一个：center、station、base、platform 或 system，例如 station="tiannan-village"。',
						);
					for (const attribute of named)
						requireTarget(use, linkCardTargets[attribute], attributes[attribute]!);
					break;
				}
				default:
					if (!(caseComponentNames as readonly string[]).includes(use.name))
						report(
							use,
							`没有名为 ${use.name} 的组件。可用的组件：${caseComponentNames.join('、')}（用法见 ${DOCS}）。`,
						);
			}
		}
	}
	return problems;
};
