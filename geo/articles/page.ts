/** Applies the layout rules to the whole page, in the order they depend on each other. */
import { ARTICLE_IDS, type Article, type Figure } from '../../src/lib/data/types';
import { assignCaptions, extractCaptions, type CaptionAssignment } from './captions';
import { joinBrokenLines, splitArticles, splitBlocks, type Paragraph } from './parse';

/** An article as the page prints it, before it is given its id. */
export interface PageArticle {
	kicker: string | null;
	title: string;
	authors: string[];
	/** With the source lines each paragraph was joined from. */
	paragraphs: Paragraph[];
	figures: Figure[];
}

export interface PageReading {
	articles: PageArticle[];
	captions: CaptionAssignment[];
}

export function readArticles(page: string): PageReading {
	// Captions first: one sits inside a sentence. Headers are found before lines are joined, because
	// headlines and kickers never end a sentence and would otherwise run into the next line.
	const { body, captions } = extractCaptions(splitBlocks(page));
	const parts = splitArticles(body);
	const paragraphs = parts.map((part) => joinBrokenLines(part.body));
	const assignments = assignCaptions(
		captions,
		parts.map((part, i) => ({
			text: [part.kicker?.text ?? '', part.title.text, ...paragraphs[i]!.map((p) => p.text)].join('\n'),
			firstLine: (part.kicker ?? part.title).line,
			lastLine: part.body.at(-1)?.line ?? part.byline.line
		}))
	);
	const articles = parts.map((part, i) => ({
		kicker: part.kicker?.text ?? null,
		title: part.title.text,
		authors: part.authors,
		paragraphs: paragraphs[i]!,
		figures: assignments
			.filter((a) => a.article === i)
			.map((a) => ({ caption: a.caption.caption, credit: a.caption.credit, assignedBy: a.assignedBy }))
	}));
	return { articles, captions: assignments };
}

/** The six articles with their ids, which follow page order. */
export function parsePage(page: string): { articles: Article[]; reading: PageReading } {
	const reading = readArticles(page);
	if (reading.articles.length !== ARTICLE_IDS.length) {
		throw new Error(`found ${reading.articles.length} articles, expected ${ARTICLE_IDS.length}`);
	}
	const articles = reading.articles.map((a, i): Article => ({
		id: ARTICLE_IDS[i]!,
		order: i + 1,
		kicker: a.kicker,
		title: a.title,
		authors: a.authors,
		paragraphs: a.paragraphs.map((p) => p.text),
		figures: a.figures
	}));
	return { articles, reading };
}
