/**
 * Splits the label characters into font files by when the map first needs them, so the opening view
 * downloads only its own glyphs: MapLibre fetches a `font-faces` file only when it draws a codepoint in
 * that file's `unicode-range` (FontFaceManager.getFontFamily), trying the files in order.
 */

export interface FontGroup {
	/** Short name, part of the file name. */
	id: string;
	/** Every character this group's labels show. */
	text: string;
}

export interface FontPart {
	id: string;
	/** The characters this file holds: the group's, minus those of earlier groups. */
	chars: string;
	/** CSS-style ranges for the style's `unicode-range`. */
	ranges: string[];
}

const hex = (cp: number) => cp.toString(16).toUpperCase();
const sortCodePoints = (set: Iterable<number>) => [...set].sort((a, b) => a - b);

/**
 * Each character belongs to the first group that shows it. A file's ranges may span codepoints of
 * no file or of earlier files (those are matched first), never a codepoint of a later file: so the
 * ranges stay few and a glyph is never taken from a file that lacks it. No file takes "the rest": a
 * character no label was built with falls through to the local fonts instead of fetching the biggest file.
 */
export function splitFonts(groups: FontGroup[]): FontPart[] {
	const owner = new Map<number, number>();
	groups.forEach((g, i) => {
		for (const ch of g.text) {
			const cp = ch.codePointAt(0)!;
			if (!owner.has(cp)) owner.set(cp, i);
		}
	});
	const all = sortCodePoints(owner.keys());
	return groups.map((g, i) => {
		const mine = all.filter((cp) => owner.get(cp) === i);
		const chars = String.fromCodePoint(...mine);
		const ranges: string[] = [];
		let start: number | null = null;
		let end = 0;
		for (const cp of all) {
			const o = owner.get(cp)!;
			if (o < i) continue;
			if (o === i) {
				start ??= cp;
				end = cp;
			} else if (start !== null) {
				ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
				start = null;
			}
		}
		if (start !== null) ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
		return { id: g.id, chars, ranges };
	});
}
