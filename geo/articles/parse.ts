/**
 * Rules that turn the newspaper page, converted to text, back into articles. The conversion kept the
 * printed characters but not the layout: column ends break paragraphs mid-word, and figure captions
 * float wherever the picture sat. The rules only remove line breaks, drop the padding inside author
 * names, and move whole caption lines; no printed character is changed, added or dropped
 * (tests/unit/articles-page.test.ts checks that).
 */

/** One non-blank line of the page; the line number feeds error messages and the build summary. */
export interface Block {
	line: number;
	text: string;
}

export interface Paragraph {
	text: string;
	/** Source lines joined into this paragraph: more than one means a layout break was repaired. */
	lines: number[];
}

/** An article's header and body lines, before broken lines are joined. */
export interface ArticleBlocks {
	kicker: Block | null;
	title: Block;
	byline: Block;
	authors: string[];
	body: Block[];
}

export function splitBlocks(page: string): Block[] {
	return page.split(/\r?\n/).flatMap((raw, i) => {
		// Edge whitespace is layout (indents, blank padding), never print.
		const text = raw.trim();
		return text ? [{ line: i + 1, text }] : [];
	});
}

// A stop may be followed by closing quotes or brackets: 就解决了！” ends its sentence.
const SENTENCE_FINAL = /[。！？!?…][”’"'」』）)】]*$/u;

export function endsSentence(text: string): boolean {
	return SENTENCE_FINAL.test(text);
}

/**
 * A line that does not end a sentence was cut by a column end and continues in the next line.
 * Chinese has no spaces between words, so the halves are joined with nothing in between.
 */
export function joinBrokenLines(blocks: Block[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let open: Paragraph | null = null;
	for (const block of blocks) {
		if (open) {
			open.text += block.text;
			open.lines.push(block.line);
		} else {
			open = { text: block.text, lines: [block.line] };
			paragraphs.push(open);
		}
		if (endsSentence(block.text)) open = null;
	}
	return paragraphs;
}

const NAME_PART = /^\p{Script=Han}{1,4}$/u;

/**
 * By-lines separate names with spaces and pad two-character names to the width of three
 * ("张 玲"), so single characters come in pairs that make one name. Returns null when the line
 * is not a by-line: anything but Han runs, or a single character left without a partner.
 */
export function parseAuthors(line: string): string[] | null {
	const tokens = line.trim().split(/\s+/);
	if (!tokens.every((t) => NAME_PART.test(t))) return null;
	const names: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if ([...token].length > 1) {
			names.push(token);
			continue;
		}
		const partner = tokens[i + 1];
		if (partner === undefined || [...partner].length !== 1) return null;
		names.push(token + partner);
		i++;
	}
	return names;
}

// Headlines use spaces, not commas or stops, between their parts; body lines almost always have some.
const HEADLINE_BREAKERS = /[，。；：！？、,;:…]/u;
function isHeadline(block: Block | undefined): boolean {
	return block !== undefined && !HEADLINE_BREAKERS.test(block.text);
}

// A kicker is a bare label ("余杭党群服务中心"): no spaces, no punctuation.
const LABEL = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

/**
 * An article starts where a headline line (no commas or stops) is followed by a by-line. The line above the headline is
 * a kicker only when it is a bare label standing after a finished sentence (or at the page top);
 * otherwise it could be the cut end of the previous article. Spaces inside one headline line
 * ("江北区前江街道 探索工业社区治理模式 …") are the printed line layout of a single headline, so they
 * are kept in the title and no kicker is carved out of it.
 */
export function splitArticles(blocks: Block[]): ArticleBlocks[] {
	const heads: Array<{ start: number; bylineAt: number; kicker: Block | null; authors: string[] }> = [];
	for (let i = 1; i < blocks.length; i++) {
		const prevEnd = heads.at(-1)?.bylineAt ?? -1;
		const authors = parseAuthors(blocks[i]!.text);
		if (!authors || i - 1 <= prevEnd || !isHeadline(blocks[i - 1])) continue;
		// A short label right above a real header (headline + by-line) is not a by-line; it may be a kicker.
		if (isHeadline(blocks[i + 1]) && parseAuthors(blocks[i + 2]?.text ?? '')) continue;
		const above = blocks[i - 2];
		const aboveThat = blocks[i - 3];
		const isKicker =
			above !== undefined &&
			i - 2 > prevEnd &&
			LABEL.test(above.text) &&
			(aboveThat === undefined || endsSentence(aboveThat.text));
		heads.push({ start: isKicker ? i - 2 : i - 1, bylineAt: i, kicker: isKicker ? above : null, authors });
	}
	const first = heads[0];
	if (!first) throw new Error('no article header (headline line followed by a by-line) found');
	if (first.start > 0) throw new Error(`text before the first headline, line ${blocks[0]!.line}`);
	return heads.map((head, n) => ({
		kicker: head.kicker,
		title: blocks[head.bylineAt - 1]!,
		byline: blocks[head.bylineAt]!,
		authors: head.authors,
		body: blocks.slice(head.bylineAt + 1, heads[n + 1]?.start ?? blocks.length)
	}));
}
