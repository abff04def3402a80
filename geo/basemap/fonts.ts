/**
 * Subsets Noto Sans CJK SC (Debian fonts-noto-cjk, OFL) to exactly the label characters, as WOFF2
 * for MapLibre's `font-faces`. subset-font (HarfBuzz wasm) opens only face 0 of a collection, so
 * the SC face is first copied out of the .ttc into a standalone OpenType file.
 */
import subsetFont from 'subset-font';

/** Face 2 of Debian's NotoSansCJK-*.ttc is Simplified Chinese (checked by family name at build). */
export const NOTO_SC_FACE_INDEX = 2;
export const NOTO_SC_FAMILY = 'Noto Sans CJK SC';

/** Copies one face of a TrueType/OpenType collection into a standalone sfnt. */
export function extractTtcFace(ttc: Buffer, index: number): Buffer {
	if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('fonts: not a TrueType collection');
	const numFonts = ttc.readUInt32BE(8);
	if (index >= numFonts) throw new Error(`fonts: collection has ${numFonts} faces, no face ${index}`);
	const dir = ttc.readUInt32BE(12 + 4 * index);
	const numTables = ttc.readUInt16BE(dir + 4);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const rec = dir + 12 + 16 * i;
		return {
			tag: ttc.subarray(rec, rec + 4),
			checksum: ttc.readUInt32BE(rec + 4),
			data: ttc.subarray(ttc.readUInt32BE(rec + 8), ttc.readUInt32BE(rec + 8) + ttc.readUInt32BE(rec + 12))
		};
	});
	const headerSize = 12 + 16 * numTables;
	const pad4 = (n: number) => (n + 3) & ~3;
	const out = Buffer.alloc(headerSize + tables.reduce((a, t) => a + pad4(t.data.length), 0));
	ttc.copy(out, 0, dir, dir + 12); // sfnt version, numTables, search ranges
	let offset = headerSize;
	tables.forEach((t, i) => {
		const rec = 12 + 16 * i;
		t.tag.copy(out, rec);
		out.writeUInt32BE(t.checksum, rec + 4);
		out.writeUInt32BE(offset, rec + 8);
		out.writeUInt32BE(t.data.length, rec + 12);
		t.data.copy(out, offset);
		offset += pad4(t.data.length);
	});
	return out;
}

export async function subsetToWoff2(face: Buffer, text: string): Promise<Buffer> {
	// Only kerning and ligatures: the default keeps every GSUB feature and its closure pulls in
	// vertical and locale variants the labels never use (68 KB instead of ~30 KB per weight).
	return subsetFont(face, text, { targetFormat: 'woff2', noHinting: true, keepFeatures: ['kern', 'liga'] });
}
