/** Where the workbench's files are served, under the site's base path. */
export interface AdminPaths {
	/** The admin page, e.g. `/admin/`. */
	page: string;
	/** The folder Decap CMS's own files are served from (`node_modules/decap-cms/dist/`). */
	decap: string;
	/** The workbench's browser module, served by the dev server. */
	client: string;
	/** The generated configuration. */
	config: string;
	/** The local backend. */
	backend: string;
	/** The content check after a save. */
	check: string;
	/** The pinyin slug of a new entry. */
	slug: string;
	/** The site's icon. */
	icon: string;
}

/** The workbench's addresses under a base path (`/` or `/tongzhan/`). */
export function adminPaths(basePath: string): AdminPaths {
	const page = `${basePath}admin/`;
	return {
		page,
		decap: `${page}decap/`,
		client: `${basePath}src/features/workbench/client/workbench.ts`,
		config: `${page}config.json`,
		backend: `${page}api/v1/`,
		check: `${page}api/check/`,
		slug: `${page}api/slug/`,
		icon: `${basePath}favicon.svg`,
	};
}

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The admin page: Decap CMS from the project's own `node_modules`, started by hand once the
 * workbench's module has fetched the generated configuration and registered its previews and
 * save hooks. Nothing on it comes from another host.
 */
export function adminPage(paths: AdminPaths, siteTitle: string): string {
	const data = escapeAttribute(JSON.stringify(paths));
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="${paths.icon}" type="image/svg+xml">
<title>编辑工作台 · ${escapeAttribute(siteTitle)}</title>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="${paths.decap}decap-cms.js"></script>
<script type="module" src="${paths.client}" data-workbench="${data}"></script>
</head>
<body>
<noscript>编辑工作台需要启用 JavaScript。</noscript>
</body>
</html>
`;
}
