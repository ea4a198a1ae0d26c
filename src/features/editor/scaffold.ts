import { PLACEHOLDER } from '../../core/content-check/placeholders.ts';
import type { CheckerSchemas } from '../../core/content-check/validate.ts';
import { documentedFields } from '../../core/schemas/field-docs.ts';
import { kindLabel, type EntryKind } from './kinds.ts';

const bodies: Record<EntryKind, string> = {
	centers: `${PLACEHOLDER}用一两段话介绍中心：在哪里、服务哪些人、有什么特点。

## 阵地设施

${PLACEHOLDER}有哪些功能室，能容纳多少人。

## 特色活动

${PLACEHOLDER}经常开展哪些活动。

## 服务对象

${PLACEHOLDER}主要联系和服务哪些人。`,
	stations: '',
	bases: '',
	platforms: `${PLACEHOLDER}介绍这个品牌阵地：谁来办、在哪里办、办什么。

## 开展情况

${PLACEHOLDER}开展了哪些活动，效果怎样。`,
	systems: `## 一、目的和依据

${PLACEHOLDER}

## 二、适用范围

${PLACEHOLDER}

## 三、主要内容

${PLACEHOLDER}

## 四、附则

本制度自印发之日起施行。`,
	cases: `## 起因

${PLACEHOLDER}事情的起因。

## 做法

${PLACEHOLDER}怎样做的，谁参与了。

## 成效

${PLACEHOLDER}取得了什么效果，最好有数字。`,
};
bodies.stations = bodies.centers.replace('介绍中心', '介绍实践站');
bodies.bases = bodies.centers.replace('介绍中心', '介绍基地');

/** The field that holds an entry's name: `name` for places and platforms, `title` otherwise. */
export function nameField(kind: EntryKind): 'name' | 'title' {
	return kind === 'systems' || kind === 'cases' ? 'title' : 'name';
}

/** A YAML plain scalar when the name allows one, else a double-quoted string. */
function yamlText(text: string): string {
	return /^[\p{Script=Han}\p{L}\p{N}][^:#\n"'{}[\],&*!|>%@`]*$/u.test(text)
		? text
		: JSON.stringify(text);
}

/**
 * The text of a new entry: every field of its kind in the schema's order, each under a Chinese
 * comment. Required fields are present and left empty (so `npm run check` names each one until it
 * is filled); optional fields are shown as commented-out examples; the body has headings to fill.
 */
export function scaffoldEntry(
	schemas: CheckerSchemas,
	kind: EntryKind,
	name: string,
	slug: string,
): string {
	const schema = schemas[kind];
	const lines = [
		'---',
		`# ${kindLabel(kind)}：由 npm run new 生成。带 # 的行是说明，不会显示在网站上。`,
		'# 必填字段都已列出，冒号后面空着的要填上；选填字段前面有 #，要用时去掉 # 再改。',
		'# 填好后运行 npm run check 检查。',
	];
	for (const field of documentedFields(schema).filter(
		(candidate) => !candidate.path.includes('.'),
	)) {
		const comment = `# ${field.label}（${field.required ? '必填' : '选填'}）：${field.help}`;
		if (field.path === 'slug') lines.push(comment, `slug: ${slug}`);
		else if (field.path === nameField(kind))
			lines.push(comment, `${field.path}: ${yamlText(name)}`);
		else if (field.path === 'visibility') lines.push(comment, 'visibility: public');
		else if (field.required) {
			lines.push(
				`${comment}，例如 ${field.example}`,
				field.shape === 'list' ? `${field.path}: []` : `${field.path}:`,
			);
		} else lines.push(comment, `# ${field.path}: ${field.example}`);
	}
	lines.push('---', '', bodies[kind], '');
	return lines.join('\n');
}
