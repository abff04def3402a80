/**
 * Text chunks in a PNG (iTXt: UTF-8, uncompressed), so a figure carries its own record (title,
 * credits, link, and what was drawn where) for whoever opens the file, and for the tests.
 * PNG: 8-byte signature, then chunks of length, type, data and a CRC-32 of type and data.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
	return SIGNATURE.every((b, i) => png[i] === b);
}

/** iTXt data: keyword, NUL, compression flag 0, method 0, no language tag, no translated keyword, text. */
function itxt(keyword: string, text: string): Uint8Array {
	if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`bad PNG text keyword “${keyword}”`);
	const enc = new TextEncoder();
	const body = [...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)];
	const chunk = new Uint8Array(12 + body.length);
	const view = new DataView(chunk.buffer);
	view.setUint32(0, body.length);
	chunk.set(enc.encode('iTXt'), 4);
	chunk.set(body, 8);
	view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));
	return chunk;
}

/** The PNG with the texts added just before its IEND chunk (the last 12 bytes). */
export function withPngText(png: Uint8Array, texts: Record<string, string>): Uint8Array {
	if (!isPng(png)) throw new Error('not a PNG');
	const chunks = Object.entries(texts).map(([k, v]) => itxt(k, v));
	const extra = chunks.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(png.length + extra);
	out.set(png.subarray(0, png.length - 12));
	let at = png.length - 12;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(png.length - 12), at);
	return out;
}

/** The iTXt texts of a PNG, and its size from IHDR; checks every chunk's CRC on the way. */
export function readPng(png: Uint8Array): { width: number; height: number; texts: Record<string, string> } {
	if (!isPng(png)) throw new Error('not a PNG');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const dec = new TextDecoder();
	const texts: Record<string, string> = {};
	let width = 0;
	let height = 0;
	for (let at = 8; at < png.length;) {
		const length = view.getUint32(at);
		const type = dec.decode(png.subarray(at + 4, at + 8));
		const data = png.subarray(at + 8, at + 8 + length);
		if (crc32(png.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length))
			throw new Error(`bad CRC in the ${type} chunk`);
		if (type === 'IHDR') {
			width = view.getUint32(at + 8);
			height = view.getUint32(at + 12);
		}
		if (type === 'iTXt') {
			const nul = data.indexOf(0);
			let rest = nul + 3; // flag and method
			rest = data.indexOf(0, rest) + 1; // language tag
			rest = data.indexOf(0, rest) + 1; // translated keyword
			texts[dec.decode(data.subarray(0, nul))] = dec.decode(data.subarray(rest));
		}
		at += 12 + length;
	}
	return { width, height, texts };
}
