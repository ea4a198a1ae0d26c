/**
 * Fills the blanks of a built .docx in the browser, without a Word library: the file is a ZIP,
 * and only `word/document.xml` changes. Every entry is copied as it is except that one, which is
 * inflated, filled and deflated again with the browser's own (De)CompressionStream. About 2 KB,
 * where regenerating the document in the browser would ship the whole `docx` package.
 */
import { fillBlanks, type BlankValues } from './blanks.ts';

/** The part of a .docx that holds the text. */
const DOCUMENT_PART = 'word/document.xml';

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
	name: Uint8Array;
	method: number;
	crc: number;
	compressedSize: number;
	size: number;
	data: Uint8Array;
	time: number;
	date: number;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as ZIP stores it. */
export function crc32(bytes: Uint8Array): number {
	crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
		let value = index;
		for (let bit = 0; bit < 8; bit += 1)
			value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
		return value >>> 0;
	});
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

async function throughStream(
	bytes: Uint8Array,
	stream: GenericTransformStream,
): Promise<Uint8Array> {
	const piped = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(piped).arrayBuffer());
}

function readEntries(zip: Uint8Array): ZipEntry[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	let end = zip.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
	if (end < 0) throw new Error('不是有效的 .docx 文件');
	const count = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	const entries: ZipEntry[] = [];
	for (let index = 0; index < count; index += 1) {
		if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new Error('.docx 目录损坏');
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		const local = view.getUint32(offset + 42, true);
		const compressedSize = view.getUint32(offset + 20, true);
		const dataStart =
			local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('.docx 条目损坏');
		entries.push({
			name: zip.slice(offset + 46, offset + 46 + nameLength),
			method: view.getUint16(offset + 10, true),
			time: view.getUint16(offset + 12, true),
			date: view.getUint16(offset + 14, true),
			crc: view.getUint32(offset + 16, true),
			compressedSize,
			size: view.getUint32(offset + 24, true),
			data: zip.subarray(dataStart, dataStart + compressedSize),
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function writeZip(entries: readonly ZipEntry[]): Uint8Array {
	const localSize = entries.reduce(
		(sum, entry) => sum + 30 + entry.name.length + entry.data.length,
		0,
	);
	const centralSize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
	const out = new Uint8Array(localSize + centralSize + 22);
	const view = new DataView(out.buffer);
	// The fields local and central headers share, from "version needed" to the name's length.
	const common = (at: number, entry: ZipEntry) => {
		view.setUint16(at, 20, true);
		view.setUint16(at + 2, 0x0800, true); // UTF-8 names, sizes in the header.
		view.setUint16(at + 4, entry.method, true);
		view.setUint16(at + 6, entry.time, true);
		view.setUint16(at + 8, entry.date, true);
		view.setUint32(at + 10, entry.crc, true);
		view.setUint32(at + 14, entry.data.length, true);
		view.setUint32(at + 18, entry.size, true);
		view.setUint16(at + 22, entry.name.length, true);
	};
	let offset = 0;
	const offsets: number[] = [];
	for (const entry of entries) {
		offsets.push(offset);
		view.setUint32(offset, LOCAL_HEADER, true);
		common(offset + 4, entry);
		out.set(entry.name, offset + 30);
		out.set(entry.data, offset + 30 + entry.name.length);
		offset += 30 + entry.name.length + entry.data.length;
	}
	const centralStart = offset;
	entries.forEach((entry, index) => {
		view.setUint32(offset, CENTRAL_HEADER, true);
		view.setUint16(offset + 4, 20, true);
		common(offset + 6, entry);
		view.setUint32(offset + 42, offsets[index]!, true);
		out.set(entry.name, offset + 46);
		offset += 46 + entry.name.length;
	});
	view.setUint32(offset, END_OF_DIRECTORY, true);
	view.setUint16(offset + 8, entries.length, true);
	view.setUint16(offset + 10, entries.length, true);
	view.setUint32(offset + 12, offset - centralStart, true);
	view.setUint32(offset + 16, centralStart, true);
	return out;
}

/** A value as XML text. */
function escapeXml(value: string): string {
	return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The .docx with every blank that has a value filled in. */
export async function fillDocx(docx: Uint8Array, values: BlankValues): Promise<Uint8Array> {
	const escaped = Object.fromEntries(
		Object.entries(values).map(([name, value]) => [name, escapeXml(value)]),
	);
	const decoder = new TextDecoder();
	const entries = await Promise.all(
		readEntries(docx).map(async (entry) => {
			if (decoder.decode(entry.name) !== DOCUMENT_PART) return entry;
			if (entry.method !== STORED && entry.method !== DEFLATED)
				throw new Error('.docx 压缩方式不支持');
			const xml =
				entry.method === DEFLATED
					? await throughStream(entry.data, new DecompressionStream('deflate-raw'))
					: entry.data;
			const filled = new TextEncoder().encode(fillBlanks(decoder.decode(xml), escaped));
			return {
				...entry,
				method: DEFLATED,
				crc: crc32(filled),
				size: filled.length,
				data: await throughStream(filled, new CompressionStream('deflate-raw')),
			};
		}),
	);
	return writeZip(entries);
}
