import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { collectionSources, type CollectionName } from '../../core/collections.ts';
import { checkContent, type ContentModel } from '../../core/content-check/index.ts';
import { taxonomyTermSchema } from '../../core/schemas/taxonomy.ts';
import { entryKinds, kindFolder, type EntryKind } from '../editor/kinds.ts';
import { adminPage, adminPaths } from './admin-page.ts';
import { checkView } from './check-view.ts';
import { cmsConfig, type TaxonomyTerm } from './cms-config.ts';
import { localBackend } from './local-backend.ts';
import { newEntrySlug } from './new-slug.ts';

export interface WorkbenchOptions {
	/** Absolute path of the content folder. */
	root: string;
	/** The site's base path, with a slash at both ends. */
	basePath: string;
	/** Every collection's schema, built with the workbench's helpers. */
	schemas: Readonly<Record<CollectionName, z.ZodType>>;
	/** What the content check checks on each save: the same model as `npm run check`. */
	model: ContentModel;
}

const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

/** The folder of Decap CMS's built files in `node_modules`. */
function decapFolder(): string {
	return path.dirname(createRequire(import.meta.url).resolve('decap-cms'));
}

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

/** The terms of every taxonomy, read from its file as the CMS offers them in a select. */
export function readTaxonomyTerms(
	root: string,
	schemas: Readonly<Record<CollectionName, z.ZodType>>,
): Partial<Record<CollectionName, TaxonomyTerm[]>> {
	const terms: Partial<Record<CollectionName, TaxonomyTerm[]>> = {};
	for (const collection of Object.keys(collectionSources) as CollectionName[]) {
		const source = collectionSources[collection];
		if (source.type !== 'list' || schemas[collection] !== taxonomyTermSchema) continue;
		const file = path.join(root, source.file);
		let items: unknown = [];
		try {
			items = existsSync(file) ? parse(readFileSync(file, 'utf8')) : [];
		} catch {
			// The content check names the broken file; the select is empty until it is fixed.
		}
		terms[collection] = (Array.isArray(items) ? items : [])
			.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
			.map((item) => ({
				id: String(item['id']),
				label: String(item['label'] ?? item['id']),
				order: typeof item['order'] === 'number' ? item['order'] : 100,
			}))
			.sort((a, b) => a.order - b.order)
			.map(({ id, label }) => ({ id, label }));
	}
	return terms;
}

/** The slugs taken in a kind's folder: its files' names. */
function takenSlugs(root: string, kind: EntryKind): Set<string> {
	const { folder, extension } = kindFolder(kind);
	const absolute = path.join(root, folder);
	if (!existsSync(absolute)) return new Set();
	return new Set(
		readdirSync(absolute)
			.filter((name) => name.endsWith(extension))
			.map((name) => name.slice(0, -extension.length)),
	);
}

function siteTitle(root: string): string {
	try {
		const site = parse(readFileSync(path.join(root, collectionSources.site.file), 'utf8')) as {
			title?: unknown;
		};
		return typeof site?.title === 'string' ? site.title : '网站';
	} catch {
		return '网站';
	}
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_REQUEST_BYTES) reject(new Error('请求太大'));
			else chunks.push(chunk);
		});
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
	response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
	response.end(body);
}

const sendJson = (response: ServerResponse, status: number, body: unknown) =>
	send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));

/**
 * The workbench's requests, handled before the site's: the admin page, Decap CMS's files, the
 * configuration, the local backend, the check after a save and the slug of a new entry.
 * Anything else goes on to the dev server.
 */
export function workbenchMiddleware(options: WorkbenchOptions) {
	const paths = adminPaths(options.basePath);
	const backend = localBackend({ root: options.root, schemas: options.schemas });
	const decap = decapFolder();
	return async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
		const url = new URL(request.url ?? '/', 'http://workbench.invalid');
		const pathname = decodeURIComponent(url.pathname);
		if (pathname === paths.page.slice(0, -1)) {
			response.writeHead(302, { Location: paths.page });
			response.end();
			return;
		}
		if (!pathname.startsWith(paths.page)) return next();
		try {
			if (pathname === paths.page) {
				return send(
					response,
					200,
					'text/html; charset=utf-8',
					adminPage(paths, siteTitle(options.root)),
				);
			}
			if (pathname.startsWith(paths.decap)) {
				const file = path.join(decap, path.posix.normalize(pathname.slice(paths.decap.length)));
				if (!file.startsWith(decap + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
					return send(response, 404, 'text/plain; charset=utf-8', '没有这个文件');
				}
				const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
				return send(response, 200, type, readFileSync(file));
			}
			if (pathname === paths.config) {
				const host = request.headers.host ?? '127.0.0.1';
				return sendJson(
					response,
					200,
					cmsConfig({
						schemas: options.schemas,
						taxonomyTerms: readTaxonomyTerms(options.root, options.schemas),
						siteUrl: `http://${host}`,
						basePath: options.basePath,
						backendUrl: paths.backend,
					}),
				);
			}
			if (pathname === paths.backend && request.method === 'POST') {
				const result = backend(JSON.parse(await readBody(request)) as object);
				return sendJson(response, result.status, result.body);
			}
			if (pathname === paths.check) {
				const file = url.searchParams.get('file') ?? undefined;
				const report = checkContent(options.root, options.model);
				return sendJson(response, 200, checkView(report.problems, options.schemas, file));
			}
			if (pathname === paths.slug) {
				const kind = entryKinds.find((candidate) => candidate === url.searchParams.get('kind'));
				const name = url.searchParams.get('name') ?? '';
				if (!kind || !name.trim()) return sendJson(response, 422, { error: '缺少类别或名称' });
				return sendJson(response, 200, {
					slug: newEntrySlug(name, kind, takenSlugs(options.root, kind)),
				});
			}
			return send(response, 404, 'text/plain; charset=utf-8', '工作台没有这个地址');
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return sendJson(response, 500, { error: `工作台出错：${message}` });
		}
	};
}

/**
 * The editors' workbench as an Astro integration, added by `npm run edit` only: it adds the CMS at
 * `<base>admin/` to the dev server. A build never has it, so `/admin/` is in no `dist/`.
 */
export function workbench(options: WorkbenchOptions): AstroIntegration {
	return {
		name: 'tongxin:workbench',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const handle = workbenchMiddleware(options);
				server.middlewares.use((request, response, next) => void handle(request, response, next));
			},
		},
	};
}
