import type { CheckView, ProblemView } from '../check-view.ts';

const PANEL_ID = 'workbench-check';

const STYLE = `
#${PANEL_ID} { position: fixed; right: 1rem; bottom: 1rem; z-index: 1000; width: min(34rem, calc(100vw - 2rem));
  max-height: 45vh; overflow: auto; background: #fff; color: #1a1a1a; border: 2px solid #8a1c1c;
  border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); font: 16px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
#${PANEL_ID}[data-passed] { border-color: #1b6e2f; }
#${PANEL_ID} header { display: flex; gap: 0.5rem; align-items: start; justify-content: space-between;
  padding: 0.75rem 1rem 0.25rem; }
#${PANEL_ID} h2 { font-size: 1.05rem; margin: 0; }
#${PANEL_ID} p, #${PANEL_ID} ul { margin: 0.25rem 1rem 0.75rem; }
#${PANEL_ID} ul { padding-left: 1.25rem; }
#${PANEL_ID} li { margin-bottom: 0.4rem; }
#${PANEL_ID} .field { font-weight: 600; }
#${PANEL_ID} .where { color: #555; font-size: 0.9rem; }
#${PANEL_ID} button { font: inherit; padding: 0.2rem 0.75rem; border: 1px solid #555; border-radius: 4px;
  background: #f4f4f4; color: #1a1a1a; cursor: pointer; }
#${PANEL_ID} button:focus-visible, #${PANEL_ID} a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
#${PANEL_ID} details { margin: 0 1rem 0.75rem; }
`;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	return node;
}

/** One problem: the field's Chinese name and path, the message, the file and line. */
function problemItem(problem: ProblemView, showEntry: boolean): HTMLLIElement {
	const item = element('li');
	if (problem.field) {
		const name = problem.fieldLabel ? `${problem.fieldLabel}（${problem.field}）` : problem.field;
		item.append(element('span', `${name}：`, { class: 'field' }));
	}
	item.append(document.createTextNode(problem.message));
	const where = `content/${problem.file}${problem.line ? ` 第 ${problem.line} 行` : ''}`;
	const line = element(
		'span',
		` ${showEntry && problem.collectionLabel ? `${problem.collectionLabel} · ` : ''}`,
		{
			class: 'where',
		},
	);
	if (showEntry && problem.editLink) {
		line.append(element('a', where, { href: problem.editLink }));
	} else line.append(document.createTextNode(where));
	item.append(document.createElement('br'), line);
	return item;
}

/**
 * Shows what the content check found after a save: the saved entry's problems with their fields,
 * and how many other problems the content has, in a panel that screen readers announce.
 */
export function renderCheckPanel(host: HTMLElement, view: CheckView, entryTitle: string): void {
	if (!document.getElementById(`${PANEL_ID}-style`)) {
		document.head.append(element('style', STYLE, { id: `${PANEL_ID}-style` }));
	}
	document.getElementById(PANEL_ID)?.remove();
	const panel = element('section', undefined, {
		id: PANEL_ID,
		role: 'region',
		'aria-labelledby': `${PANEL_ID}-title`,
		'aria-live': 'polite',
	});
	const { entryProblems, otherProblems } = view;
	const passed = entryProblems.length === 0;
	if (passed) panel.dataset['passed'] = '';
	const header = element('header');
	const heading = passed
		? `内容检查通过：${entryTitle}`
		: `内容检查：${entryTitle} 有 ${entryProblems.length} 个问题`;
	header.append(element('h2', heading, { id: `${PANEL_ID}-title` }));
	const close = element('button', '关闭', { type: 'button' });
	close.addEventListener('click', () => panel.remove());
	header.append(close);
	panel.append(header);
	panel.append(
		element(
			'p',
			passed
				? '已保存，这个条目没有发现问题。'
				: '已保存。这些问题改好之前，npm run build 不会发布网站（与 npm run check 的检查相同）：',
		),
	);
	if (!passed) {
		const list = element('ul');
		for (const problem of entryProblems) list.append(problemItem(problem, false));
		panel.append(list);
	}
	if (otherProblems.length > 0) {
		const details = element('details');
		details.append(element('summary', `其他条目还有 ${otherProblems.length} 个问题`));
		const list = element('ul');
		for (const problem of otherProblems) list.append(problemItem(problem, true));
		details.append(list);
		panel.append(details);
	}
	host.append(panel);
}
