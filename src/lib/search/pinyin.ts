/**
 * Pinyin matching over build-time readings (./readings.ts): "anji" (full) and "aj" (initials) both
 * find 安吉. The index holds, from every syllable on, the run of full syllables and the run of
 * initials, so a prefix search of the index finds a match starting at any syllable.
 */
export type Range = [start: number, end: number];

const MAX_RUN = 8;
const isSyllable = (s: string | undefined): s is string => !!s && s !== '_';

/** Index keys for one reading: "anjixian…", "ajx…", "jixian…", "jx…", … per Han run. */
export function pinyinKeys(syllables: readonly string[]): string[] {
	const keys: string[] = [];
	syllables.forEach((s, i) => {
		if (!isSyllable(s)) return;
		const run: string[] = [];
		for (let j = i; j < syllables.length && run.length < MAX_RUN && isSyllable(syllables[j]); j++)
			run.push(syllables[j]!);
		keys.push(run.join(''), run.map((x) => x[0]).join(''));
	});
	return [...new Set(keys)];
}

/** Character ranges of `syllables`' text that `word` spells in full pinyin or in initials. */
export function pinyinRanges(syllables: readonly string[], word: string): Range[] {
	if (!/^[a-z]+$/.test(word)) return [];
	const ranges: Range[] = [];
	for (let i = 0; i < syllables.length; i++) {
		if (!isSyllable(syllables[i])) continue;
		const end = spellFull(syllables, i, word) ?? spellInitials(syllables, i, word);
		if (end !== null) ranges.push([i, end]);
	}
	return ranges;
}

function spellFull(syllables: readonly string[], start: number, word: string): number | null {
	let pos = 0;
	let j = start;
	while (pos < word.length && isSyllable(syllables[j])) {
		const s = syllables[j]!;
		if (word.startsWith(s, pos)) pos += s.length;
		else if (s.startsWith(word.slice(pos)))
			pos = word.length; // the last syllable, half typed
		else return null;
		j++;
	}
	return pos === word.length ? j : null;
}

function spellInitials(syllables: readonly string[], start: number, word: string): number | null {
	for (let k = 0; k < word.length; k++) if (syllables[start + k]?.[0] !== word[k]) return null;
	return isSyllable(syllables[start]) ? start + word.length : null;
}
