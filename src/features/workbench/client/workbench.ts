/**
 * The workbench's browser code on the admin page: fetches the generated configuration, gives each
 * collection a preview that shows the entry's page on the dev server, fills a new entry's slug in
 * pinyin before it is saved, shows the content check's findings after every save, then starts
 * Decap CMS. Served by the dev server from the project; talks only to the dev server.
 */
import { textOf } from '../../../core/format.ts';
import type { AdminPaths } from '../admin-page.ts';
import type { CheckView, ProblemView } from '../check-view.ts';
import type { CmsConfig } from '../cms-config.ts';
import { renderCheckPanel } from './check-panel.ts';

/** The parts of Decap CMS's Immutable.js values this code reads. */
interface ImmutableMap {
	get(key: string): unknown;
	set(key: string, value: unknown): ImmutableMap;
	getIn(path: string[]): unknown;
}

interface PreviewProps {
	entry: ImmutableMap;
}

interface DecapCms {
	init(options: { config: CmsConfig }): void;
	registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
	registerEventListener(listener: {
		name: 'preSave' | 'postSave';
		handler: (event: { entry: ImmutableMap }) => unknown;
	}): void;
}

declare global {
	interface Window {
		CMS: DecapCms;
		h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
	}
}

/** Where Decap CMS keeps the signed-in user (its `authStore`). */
const USER_KEY = 'decap-cms-user';

const script = document.querySelector<HTMLScriptElement>('script[data-workbench]');
const paths = JSON.parse(script?.dataset['workbench'] ?? '{}') as AdminPaths;

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url, { headers: { Accept: 'application/json' } });
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

/** How many times each entry was saved in this page, so its preview reloads after a save. */
const saves = new Map<string, number>();

const PAGE_RETRIES = 30;

/**
 * A page just saved for the first time may not exist yet when its preview loads: the dev server
 * reads the new file a moment later. Load it again, once a second, until it is there.
 */
function retryMissingPage(event: Event) {
	const frame = event.currentTarget as HTMLIFrameElement;
	const tries = Number(frame.dataset['tries'] ?? 0);
	const missing = /页面不存在|404/.test(frame.contentDocument?.title ?? '');
	if (!missing || tries >= PAGE_RETRIES) return;
	frame.dataset['tries'] = String(tries + 1);
	setTimeout(() => frame.contentWindow?.location.reload(), 1000);
}

/** The preview of an entry: its page on the dev server, as readers see it once saved. */
function pagePreview(collection: string, previewPath: string, siteUrl: string) {
	return ({ entry }: PreviewProps) => {
		const { h } = window;
		const slug = entry.get('slug');
		if (entry.get('newRecord') || typeof slug !== 'string' || !slug) {
			return h(
				'p',
				{ style: { font: '16px/1.6 sans-serif', padding: '1rem', color: '#333' } },
				'保存后，这里显示这个条目在网站上的样子。',
			);
		}
		const url = new URL(previewPath.replace('{{slug}}', slug), `${siteUrl}/`).href;
		const key = `${collection}/${slug}`;
		return h(
			'div',
			{ style: { display: 'flex', flexDirection: 'column', height: '100vh', margin: 0 } },
			h(
				'p',
				{
					style: {
						font: '14px/1.5 sans-serif',
						margin: 0,
						padding: '0.5rem 0.75rem',
						background: '#fff8e1',
					},
				},
				'预览：网站上的这个网页（显示已保存的内容，保存后自动刷新）。',
				h('a', { href: url, target: '_blank', rel: 'noopener' }, '在新窗口打开'),
			),
			h('iframe', {
				key: `${key}#${saves.get(key) ?? 0}`,
				src: url,
				onLoad: retryMissingPage,
				title: `网页预览：${textOf(entry.getIn(['data', 'name']) ?? entry.getIn(['data', 'title']) ?? slug)}`,
				style: { flex: 1, width: '100%', border: 0 },
			}),
		);
	};
}

/** The file an entry is saved in, relative to the content folder. */
function fileOf(entry: ImmutableMap): string | undefined {
	const file = entry.get('path');
	return typeof file === 'string' ? file : undefined;
}

async function showCheck(file: string | undefined, title: string) {
	const query = file ? `?file=${encodeURIComponent(file)}` : '';
	try {
		const view = await getJson<CheckView>(`${paths.check}${query}`);
		renderCheckPanel(document.body, view, title);
	} catch (error) {
		const failed: ProblemView = {
			file: file ?? '',
			message: `内容检查没有运行：${String(error)}。请在命令行运行 npm run check。`,
		};
		renderCheckPanel(document.body, { entryProblems: [failed], otherProblems: [] }, title);
	}
}

async function start() {
	const config = await getJson<CmsConfig>(paths.config);
	const folders = config.collections.filter(
		(collection): collection is Extract<CmsConfig['collections'][number], { folder: string }> =>
			'folder' in collection,
	);
	for (const collection of folders) {
		window.CMS.registerPreviewTemplate(
			collection.name,
			pagePreview(collection.name, collection.preview_path, config.site_url),
		);
	}
	const kinds = new Map(
		folders.map((collection) => [collection.name, collection.identifier_field]),
	);

	window.CMS.registerEventListener({
		name: 'preSave',
		handler: async ({ entry }) => {
			const collection = String(entry.get('collection'));
			const data = entry.get('data') as ImmutableMap;
			const nameField = kinds.get(collection as never);
			if (!nameField || data.get('slug')) return data;
			const name = data.get(nameField);
			if (typeof name !== 'string' || !name.trim()) return data;
			const query = new URLSearchParams({ kind: collection, name });
			const { slug } = await getJson<{ slug: string }>(`${paths.slug}?${query}`);
			return data.set('slug', slug);
		},
	});

	window.CMS.registerEventListener({
		name: 'postSave',
		handler: async ({ entry }) => {
			const key = `${String(entry.get('collection'))}/${String(entry.get('slug'))}`;
			saves.set(key, (saves.get(key) ?? 0) + 1);
			const data = entry.get('data') as ImmutableMap;
			const title = textOf(data.get('name') ?? data.get('title') ?? entry.get('slug') ?? '');
			await showCheck(fileOf(entry), title);
		},
	});

	// The local backend has no accounts: skip the CMS's login page, which would only say 登录.
	if (!localStorage.getItem(USER_KEY)) {
		localStorage.setItem(USER_KEY, JSON.stringify({ backendName: config.backend.name }));
	}
	window.CMS.init({ config });
}

void start();
