/** Reads fonts back with fontkit to prove what the build claims: the right face, every label glyph. */
import * as fontkit from 'fontkit';

function single(buffer: Buffer): fontkit.Font {
	const font = fontkit.create(buffer);
	if ('fonts' in font) throw new Error('fonts: expected a single font, got a collection');
	return font;
}

export function familyOf(buffer: Buffer): string {
	return single(buffer).familyName;
}

/** Characters of `text` the font has no glyph for (whitespace aside). */
export function missingGlyphs(buffer: Buffer, text: string): string[] {
	const font = single(buffer);
	return [...text].filter((ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

export function copyrightOf(buffer: Buffer): string {
	return single(buffer).copyright;
}
