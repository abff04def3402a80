/**
 * Pinyin readings of the names, titles and authors, computed at build time with pinyin-pro
 * (geo/articles/pinyin.ts → static/data/pinyin.json): the library is 145 KB gzipped, the readings
 * a few KB. One reading per string, one syllable per character, "_" where a character is not Han.
 */
export interface PinyinFile {
	source: string;
	readings: Record<string, string>;
}

const SYLLABLE = /^([a-z]+|_)$/;

/** The strings of the data files that get a reading: what a reader would type in pinyin. */
export function pinyinSubjects(
	articles: readonly { title: string; kicker: string | null; authors: string[] }[],
	sites: readonly { name_zh: string; aliases?: string[] }[]
): string[] {
	const all = [
		...articles.flatMap((a) => [a.title, ...(a.kicker ? [a.kicker] : []), ...a.authors]),
		...sites.flatMap((s) => [s.name_zh, ...(s.aliases ?? [])])
	];
	return [...new Set(all)].filter((s) => /\p{Script=Han}/u.test(s));
}

/** The syllables of `text`, one per character, or null when the file has no (usable) reading. */
export function syllablesOf(readings: Record<string, string>, text: string): string[] | null {
	const reading = readings[text];
	if (reading === undefined) return null;
	const syllables = reading.split(' ');
	return syllables.length === [...text].length ? syllables : null;
}

/** A reading file is trusted only as far as it is well-formed: bad entries are dropped, not fatal. */
export function checkPinyinFile(json: unknown): { file: PinyinFile; dropped: string[] } | null {
	if (typeof json !== 'object' || json === null) return null;
	const { source, readings } = json as Record<string, unknown>;
	if (typeof source !== 'string' || typeof readings !== 'object' || readings === null) return null;
	const kept: Record<string, string> = {};
	const dropped: string[] = [];
	for (const [text, reading] of Object.entries(readings)) {
		const ok =
			typeof reading === 'string' &&
			reading.split(' ').length === [...text].length &&
			reading.split(' ').every((s) => SYLLABLE.test(s));
		if (ok) kept[text] = reading;
		else dropped.push(text);
	}
	return { file: { source, readings: kept }, dropped };
}
