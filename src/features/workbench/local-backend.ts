import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectionSources, type CollectionName } from '../../core/collections.ts';
import { textOf } from '../../core/format.ts';
import { writeFilesAtomically } from '../editor/entry-file.ts';
import { cmsTextOf, fileTextOf } from './entry-files.ts';

/**
 * The workbench's local backend: the file API Decap CMS's `proxy` backend speaks (the protocol of
 * `decap-server`), served by the dev server itself over the content folder. Unlike `decap-server`
 * it writes a saved entry as a change to the file (see `entry-files.ts`), lets the CMS touch
 * nothing outside `content/`, and takes pictures only into `content/images/`.
 */

/** A request of the CMS: an action and its parameters. */
export interface BackendRequest {
	action?: unknown;
	params?: Record<string, unknown>;
}

export interface BackendResponse {
	status: number;
	body: unknown;
}

export interface LocalBackendOptions {
	/** Absolute path of the content folder. */
	root: string;
	/** Every collection's schema, built with the workbench's helpers. */
	schemas: Readonly<Record<CollectionName, z.ZodType>>;
}

/** A refusal the editor reads in the CMS's error message. */
class RefusedRequest extends Error {}

/** The picture types the site's image pipeline reads. */
const PICTURE = /\.(?:jpe?g|png|webp|gif|avif|tiff?)$/i;
const IMAGES_FOLDER = 'images';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const posix = (file: string) => file.split(path.sep).join('/');

/** A path the CMS sent, checked to stay inside the content folder. */
function safePath(root: string, relative: unknown): string {
	if (typeof relative !== 'string' || relative === '' || relative.includes('\0')) {
		throw new RefusedRequest('文件路径无效。');
	}
	const normalized = path.posix.normalize(relative.replace(/\\/g, '/'));
	if (path.posix.isAbsolute(normalized) || normalized.startsWith('..')) {
		throw new RefusedRequest(`只能读写 content/ 里的文件，不能访问“${relative}”。`);
	}
	return path.join(root, normalized);
}

/** The collection a content-relative file belongs to. */
export function collectionOfFile(file: string): CollectionName | undefined {
	const normalized = path.posix.normalize(file);
	return (Object.keys(collectionSources) as CollectionName[]).find((collection) => {
		const source = collectionSources[collection];
		if (source.type !== 'folder') return source.file === normalized;
		return (
			normalized.startsWith(`${source.folder}/`) &&
			normalized.endsWith(source.extension) &&
			!normalized.slice(source.folder.length + 1).includes('/')
		);
	});
}

function filesIn(folder: string, extension: string, depth: number): string[] {
	if (depth <= 0 || !existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((dirent) => {
			const full = path.join(folder, dirent.name);
			if (dirent.isDirectory()) return filesIn(full, extension, depth - 1);
			return dirent.isFile() && dirent.name.endsWith(extension) && !dirent.name.startsWith('.')
				? [full]
				: [];
		});
}

/** Handles the CMS's requests over one content folder. */
export function localBackend({ root, schemas }: LocalBackendOptions) {
	const relative = (absolute: string) => posix(path.relative(root, absolute));

	function entryOf(file: string) {
		const absolute = safePath(root, file);
		const collection = collectionOfFile(file);
		if (!existsSync(absolute) || !collection) {
			return { data: null, file: { path: file, id: null } };
		}
		const text = cmsTextOf(collection, readFileSync(absolute, 'utf8'), schemas[collection]);
		return { data: text, file: { path: posix(file), id: sha256(text) } };
	}

	function mediaFileOf(file: string) {
		const absolute = safePath(root, file);
		const buffer = readFileSync(absolute);
		return {
			id: sha256(buffer),
			content: buffer.toString('base64'),
			encoding: 'base64',
			path: posix(file),
			name: path.basename(file),
		};
	}

	function pictureTarget(file: unknown): string {
		const absolute = safePath(root, file);
		const inside = relative(absolute);
		if (!inside.startsWith(`${IMAGES_FOLDER}/`) || !PICTURE.test(inside)) {
			throw new RefusedRequest(
				`图片只能放在 content/images/ 里，而且应是 JPG、PNG、WebP 等图片文件：${String(file)}`,
			);
		}
		return absolute;
	}

	function persistEntry(params: Record<string, unknown>) {
		const dataFiles = (params['dataFiles'] ?? (params['entry'] ? [params['entry']] : [])) as {
			path: unknown;
			raw: unknown;
		}[];
		const assets = (params['assets'] ?? []) as { path: unknown; content: string }[];
		const writes: { file: string; text: string | Uint8Array }[] = [];
		for (const dataFile of dataFiles) {
			const absolute = safePath(root, dataFile.path);
			const file = relative(absolute);
			const collection = collectionOfFile(file);
			if (!collection || typeof dataFile.raw !== 'string') {
				throw new RefusedRequest(`“${file}”不是网站的内容文件，没有保存。`);
			}
			const original = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
			writes.push({
				file: absolute,
				text: fileTextOf(collection, dataFile.raw, original, schemas[collection]),
			});
		}
		for (const asset of assets) {
			writes.push({ file: pictureTarget(asset.path), text: Buffer.from(asset.content, 'base64') });
		}
		writeFilesAtomically(writes);
		return { message: 'entry persisted' };
	}

	function handle(request: BackendRequest): unknown {
		const params = request.params ?? {};
		switch (request.action) {
			case 'info':
				return { repo: path.basename(root), publish_modes: ['simple'], type: 'local_fs' };
			case 'entriesByFolder': {
				const folder = safePath(root, params['folder']);
				const extension = textOf(params['extension'] ?? '');
				const depth = Number(params['depth'] ?? 1);
				return filesIn(folder, extension ? `.${extension.replace(/^\./, '')}` : '', depth).map(
					(absolute) => entryOf(relative(absolute)),
				);
			}
			case 'entriesByFiles':
				return ((params['files'] ?? []) as { path: string }[]).map((file) => entryOf(file.path));
			case 'getEntry':
				return entryOf(String(params['path']));
			case 'persistEntry':
				return persistEntry(params);
			case 'getMedia': {
				const folder = safePath(root, params['mediaFolder']);
				return filesIn(folder, '', 1)
					.filter((file) => PICTURE.test(file))
					.map((absolute) => mediaFileOf(relative(absolute)));
			}
			case 'getMediaFile':
				return mediaFileOf(String(params['path']));
			case 'persistMedia': {
				const asset = params['asset'] as { path: unknown; content: string };
				const target = pictureTarget(asset.path);
				writeFilesAtomically([{ file: target, text: Buffer.from(asset.content, 'base64') }]);
				return mediaFileOf(relative(target));
			}
			case 'deleteFile':
			case 'deleteFiles': {
				const paths = (
					request.action === 'deleteFile' ? [params['path']] : (params['paths'] ?? [])
				) as unknown[];
				for (const file of paths) {
					const absolute = safePath(root, file);
					if (existsSync(absolute) && statSync(absolute).isFile()) rmSync(absolute);
				}
				return { message: `deleted ${paths.length} file(s)` };
			}
			case 'getDeployPreview':
				return null;
			default:
				throw new RefusedRequest(`工作台不支持这个操作：${String(request.action)}`);
		}
	}

	return (request: BackendRequest): BackendResponse => {
		try {
			return { status: 200, body: handle(request) };
		} catch (error) {
			if (error instanceof RefusedRequest) return { status: 422, body: { error: error.message } };
			const message = error instanceof Error ? error.message : String(error);
			return { status: 500, body: { error: `保存或读取文件时出错：${message}` } };
		}
	};
}
