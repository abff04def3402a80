/**
 * Greedy line breaking for the figure's canvas text: Latin words stay whole, Han characters and CJK
 * punctuation break anywhere (as a browser breaks them), and a token wider than the line (a URL) is
 * cut by characters.
 */
export type Measure = (text: string, size: number, bold?: boolean) => number;

const TOKEN =
	/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu;

export function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		if (line.trim()) lines.push(line.trimEnd());
		line = '';
	};
	for (const token of text.match(TOKEN) ?? []) {
		if (measure(line + token.trimEnd()) <= maxWidth) {
			line += token;
			continue;
		}
		push();
		if (/^\s+$/.test(token)) continue;
		if (measure(token.trimEnd()) <= maxWidth) {
			line = token;
			continue;
		}
		for (const char of token) {
			if (line && measure(line + char) > maxWidth) push();
			line += char;
		}
	}
	push();
	return lines;
}
