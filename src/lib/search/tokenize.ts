/**
 * Chinese is written without spaces, so words cannot be split out without a dictionary. Han text is
 * indexed as single characters and overlapping character pairs (bigrams): any substring of two or
 * more characters is then a run of bigrams the index holds. Other scripts split on non-letters.
 */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
export const HAN = /\p{Script=Han}/u;

/** Han runs and the other words of `text`, in order, with Latin lowercased. */
export function runs(text: string): string[] {
	return [...text.matchAll(RUNS)].map((m) => (HAN.test(m[0]) ? m[0] : m[0].toLowerCase()));
}

/** Index side: every Han character and bigram, and every other word. */
export function tokenize(text: string): string[] {
	return runs(text).flatMap((run) => {
		if (!HAN.test(run)) return [run];
		const chars = [...run];
		return chars.flatMap((c, i) => (i + 1 < chars.length ? [c, c + chars[i + 1]] : [c]));
	});
}

/** Query side: a Han run needs all its bigrams (a single character only itself); other words stay. */
export function tokenizeQuery(query: string): string[] {
	return runs(query).flatMap((run) => {
		if (!HAN.test(run)) return [run];
		const chars = [...run];
		return chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
	});
}

/** Latin query words are typed partly ("anj", "enforc"); Han terms are whole by construction. */
export function isPrefixTerm(term: string): boolean {
	return !HAN.test(term);
}
