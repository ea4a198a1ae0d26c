/**
 * The small part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative
 * integers, text strings and definite-length arrays. The search step reads Pagefind's word index
 * and metadata with it and writes them back in smaller chunks (see `index-chunks.ts`); the encoder
 * writes the shortest form of every item, as Pagefind's own encoder (minicbor) does, so a file
 * read and written again is byte for byte the same.
 */

/** A CBOR value of the kinds Pagefind writes. */
export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/** Reads one CBOR item from the bytes; throws on anything Pagefind does not write. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder('utf-8', { fatal: true });
	let offset = 0;

	const argument = (info: number): number => {
		if (info < 24) return info;
		const at = offset;
		if (info === 24) return ((offset += 1), view.getUint8(at));
		if (info === 25) return ((offset += 2), view.getUint16(at));
		if (info === 26) return ((offset += 4), view.getUint32(at));
		if (info === 27) {
			offset += 8;
			const value = view.getBigUint64(at);
			if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('CBOR integer too large');
			return Number(value);
		}
		throw new Error(`unsupported CBOR length at byte ${at - 1}`);
	};

	const item = (): CborValue => {
		if (offset >= bytes.length) throw new Error('CBOR data ends too early');
		const initial = view.getUint8(offset++);
		const major = initial >> 5;
		const value = argument(initial & 31);
		switch (major) {
			case UNSIGNED:
				return value;
			case NEGATIVE:
				return -1 - value;
			case TEXT: {
				const start = offset;
				offset += value;
				return text.decode(bytes.subarray(start, offset));
			}
			case ARRAY:
				return Array.from({ length: value }, item);
			default:
				throw new Error(`unsupported CBOR item (major type ${major}) at byte ${offset - 1}`);
		}
	};

	const result = item();
	if (offset !== bytes.length) throw new Error('CBOR data has bytes after its end');
	return result;
}

/** Writes a value as CBOR, each item in its shortest form. */
export function encodeCbor(value: CborValue): Uint8Array {
	const out: number[] = [];
	const text = new TextEncoder();

	const head = (major: number, length: number) => {
		const type = major << 5;
		if (length < 24) out.push(type | length);
		else if (length < 0x100) out.push(type | 24, length);
		else if (length < 0x10000) out.push(type | 25, length >> 8, length & 0xff);
		else if (length < 0x100000000)
			out.push(
				type | 26,
				(length >>> 24) & 0xff,
				(length >> 16) & 0xff,
				(length >> 8) & 0xff,
				length & 0xff,
			);
		else {
			const big = BigInt(length);
			out.push(type | 27);
			for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
		}
	};

	const item = (node: CborValue) => {
		if (typeof node === 'number') {
			if (!Number.isSafeInteger(node)) throw new Error(`CBOR: ${node} is not an integer`);
			if (node >= 0) head(UNSIGNED, node);
			else head(NEGATIVE, -1 - node);
		} else if (typeof node === 'string') {
			const bytes = text.encode(node);
			head(TEXT, bytes.length);
			for (const byte of bytes) out.push(byte);
		} else {
			head(ARRAY, node.length);
			for (const child of node) item(child);
		}
	};

	item(value);
	return Uint8Array.from(out);
}
