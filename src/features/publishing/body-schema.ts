/**
 * What a Markdown or MDX body may put into a page: the allow-list that `hast-util-sanitize` (the
 * engine of rehype-sanitize) applies to every body, in both profiles, and that the content check
 * reports against. It is fitted to what the site's own Markdown produces — headings, paragraphs,
 * lists and task lists, tables with alignment, quotes, code, pictures, footnotes — and to the
 * few HTML elements an editor may write by hand. Everything else is left out: scripts, styles,
 * frames, forms, `<meta>` and `<base>`, event handlers, `class`, `style` and `id` (but for the
 * footnotes and alignments Markdown writes itself), `javascript:`/`data:` addresses, comments.
 */
import type { Schema } from 'hast-util-sanitize';

/** Elements a body may hold. */
const TAG_NAMES = [
	...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span'],
	...['a', 'strong', 'em', 'b', 'i', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark'],
	...['code', 'pre', 'kbd', 'blockquote', 'q', 'cite', 'abbr'],
	...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input'],
	...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
	...['img', 'figure', 'figcaption', 'details', 'summary', 'section'],
];

const ALIGNMENT = ['style', /^text-align: (?:left|right|center)$/] as [string, RegExp];

export const bodySchema: Schema = {
	tagNames: TAG_NAMES,
	// Nothing is renamed: ids are allowed only where Markdown writes them (footnotes), so none can
	// take the name of an element of the page around the body.
	clobber: [],
	clobberPrefix: '',
	strip: ['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'title', 'xmp'],
	allowComments: false,
	allowDoctypes: false,
	ancestors: {
		tbody: ['table'],
		td: ['table'],
		th: ['table'],
		thead: ['table'],
		tfoot: ['table'],
		tr: ['table'],
		caption: ['table'],
	},
	attributes: {
		'*': ['title', 'lang', 'dir'],
		// Footnote references and back-references are links Markdown writes.
		a: [
			'href',
			['id', /^user-content-fnref-[\w-]+$/],
			'dataFootnoteRef',
			'dataFootnoteBackref',
			['ariaDescribedBy', 'footnote-label'],
			['ariaLabel', /^Back to reference [\w-]+$/],
			['className', 'data-footnote-backref'],
		],
		img: ['src', 'alt', 'width', 'height'],
		ol: ['start', ['className', 'contains-task-list']],
		ul: [['className', 'contains-task-list']],
		li: [
			['className', 'task-list-item'],
			['id', /^user-content-fn-[\w-]+$/],
		],
		input: [
			['type', 'checkbox'],
			['disabled', true],
			['checked', true],
		],
		code: [['className', /^language-[\w+#-]+$/]],
		section: ['dataFootnotes', ['className', 'footnotes']],
		h2: [
			['className', 'sr-only'],
			['id', 'footnote-label'],
		],
		th: [ALIGNMENT, 'colSpan', 'rowSpan', 'scope'],
		td: [ALIGNMENT, 'colSpan', 'rowSpan'],
		blockquote: ['cite'],
		q: ['cite'],
		del: ['cite'],
		ins: ['cite'],
		details: ['open'],
	},
	protocols: {
		href: ['http', 'https', 'mailto', 'tel'],
		cite: ['http', 'https'],
		// A picture on another host is refused as well (see `unsafeAddress`); the offline check
		// stops it in the build too.
		src: ['http', 'https'],
	},
	required: {
		input: { disabled: true, type: 'checkbox' },
	},
};

/** Attributes whose value is an address. */
export const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'longDesc', 'srcSet', 'action']);

/**
 * Why an address is refused although its protocol is allowed: a backslash, which browsers read
 * as a slash (`\\evil.example/x.png` loads from another host), a protocol-relative `//host`, or a
 * picture on another host.
 */
export function unsafeAddress(property: string, value: string): string | undefined {
	const text = value.trim();
	if (/^(?:[\\/]{2}|%5c|\/%5c|\\)/i.test(text) || /^[a-z]+:[\\/]*\\/i.test(text))
		return '以 \\ 或 // 开头的地址会指向其他网站';
	if (property === 'src' && /^[a-z][a-z0-9+.-]*:/i.test(text))
		return '图片应为 content/ 里的文件，不能是其他网站上的图片';
	return undefined;
}
