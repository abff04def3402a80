/**
 * Figure captions on the page float free of their articles: one sits inside a sentence, two trail
 * after the last article. They are recognised by their credit and given to the article whose text
 * names what the caption or credit names.
 */
import { endsSentence, type Block } from './parse';

export interface Caption {
	line: number;
	/** The whole caption line as printed, credit included. */
	caption: string;
	/** The credit without its brackets: "图片由庆元县发改局提供". */
	credit: string;
	/** The caption was printed between the two halves of a broken sentence. */
	interruptsSentence: boolean;
}

export interface CaptionAssignment {
	caption: Caption;
	/** Index into the articles passed to assignCaptions. */
	article: number;
	assignedBy: string;
}

/** What assignCaptions needs to know about an article. */
export interface ArticleForCaptions {
	/** Kicker, title and joined paragraphs: joined, so a quote broken across lines still matches. */
	text: string;
	firstLine: number;
	lastLine: number;
}

const CREDIT = /[(（](图片由[^()（）]*提供)[)）]$/u;

/** Lifts caption lines out of the text flow, so the halves of a sentence they interrupt meet again. */
export function extractCaptions(blocks: Block[]): { body: Block[]; captions: Caption[] } {
	const body: Block[] = [];
	const captions: Caption[] = [];
	blocks.forEach((block, i) => {
		const credit = CREDIT.exec(block.text)?.[1];
		if (credit === undefined) {
			body.push(block);
			return;
		}
		const before = body.at(-1);
		const after = blocks.slice(i + 1).find((b) => !CREDIT.test(b.text));
		const interruptsSentence = before !== undefined && after !== undefined && !endsSentence(before.text);
		captions.push({ line: block.line, caption: block.text, credit, interruptsSentence });
	});
	return { body, captions };
}

// Administrative names end in a unit; lazy so "余杭区闲林街道" yields 余杭区 and 闲林街道 separately.
const PLACE = /\p{Script=Han}+?(?:街道|社区|省|市|区|县|镇|乡|村)/gu;
const QUOTE = /“[^”]+”/gu;

interface Clue {
	rule: 'credit-place' | 'caption-quote' | 'caption-place';
	term: string;
}

/** Clues in order of trust: the credit's places from the most local up, then quotes, then places. */
export function captionClues(caption: Caption): Clue[] {
	const text = caption.caption.replace(CREDIT, '');
	// Matching starts at the first character, so the credit's wording must go or 图片由 joins the place.
	const provider = caption.credit.replace(/^图片由/u, '').replace(/提供$/u, '');
	const creditPlaces = [...provider.matchAll(PLACE)].map((m) => m[0]).reverse();
	return [
		...creditPlaces.map((term) => ({ rule: 'credit-place' as const, term })),
		...[...text.matchAll(QUOTE)].map((m) => ({ rule: 'caption-quote' as const, term: m[0] })),
		...[...text.matchAll(PLACE)].map((m) => ({ rule: 'caption-place' as const, term: m[0] }))
	];
}

/**
 * A clue decides when exactly one article contains it; the most trusted deciding clue wins, and
 * deciding clues that disagree are an error rather than a guess. With no deciding clue the caption
 * goes to the article it is printed in or after.
 */
export function assignCaptions(captions: Caption[], articles: ArticleForCaptions[]): CaptionAssignment[] {
	return captions.map((caption) => {
		const deciding = captionClues(caption).flatMap((clue) => {
			const hits = articles.flatMap((a, i) => (a.text.includes(clue.term) ? [i] : []));
			return hits.length === 1 ? [{ ...clue, article: hits[0]! }] : [];
		});
		const byPosition = lastArticleStartingBefore(articles, caption.line);
		const best = deciding[0];
		if (!best) {
			if (byPosition < 0) throw new Error(`caption on line ${caption.line} precedes every article`);
			const where = caption.line < articles[byPosition]!.lastLine ? 'inside' : 'after';
			const assignedBy = `position: no clue names one article; printed ${where} this article's text (line ${caption.line})`;
			return { caption, article: byPosition, assignedBy };
		}
		const conflict = deciding.find((d) => d.article !== best.article);
		if (conflict) {
			throw new Error(
				`caption on line ${caption.line}: ${best.term} and ${conflict.term} point to different articles`
			);
		}
		const reasons = [`${best.rule}: ${best.term} is named only in this article`];
		const inside = byPosition === best.article && caption.line < articles[best.article]!.lastLine;
		if (inside) reasons.push(`position: printed inside this article's text (line ${caption.line})`);
		return { caption, article: best.article, assignedBy: reasons.join('; ') };
	});
}

function lastArticleStartingBefore(articles: ArticleForCaptions[], line: number): number {
	let found = -1;
	articles.forEach((a, i) => {
		if (a.firstLine < line) found = i;
	});
	return found;
}
