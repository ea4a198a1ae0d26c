/** The Markdown download of a template: title, issuing details and the body as written. */
import { formatChineseDate } from '../../core/format.ts';
import { fillBlanks, type BlankValues } from './blanks.ts';
import type { SystemMeta } from './system-meta.ts';

/** The template as a Markdown file an office can open, edit and keep under version control. */
export function systemMarkdown(meta: SystemMeta, body: string, values: BlankValues = {}): string {
	const details = [
		`发布单位：${meta.issuer}`,
		...(meta.documentNumber ? [`文号：${meta.documentNumber}`] : []),
		`版本：${meta.version}`,
		`施行日期：${formatChineseDate(meta.effective)}`,
	];
	const text = [
		`# ${meta.title}`,
		details.join('；'),
		'> 【】中的文字为填空项，请按本单位情况填写。',
		body.trim(),
		`${meta.issuer}  \n${formatChineseDate(meta.effective)}`,
	].join('\n\n');
	return `${fillBlanks(text, values)}\n`;
}
