/** Applies the layout rules to the whole page, in the order they depend on each other. */
import { ARTICLE_IDS, type Article } from '../../src/lib/data/types';
import { assignCaptions, extractCaptions, type CaptionAssignment } from './captions';
import { joinBrokenLines, splitArticles, splitBlocks, type Paragraph } from './parse';

export interface ParsedPage {
	articles: Article[];
	/** Per article, its paragraphs with the source lines each was joined from. */
	paragraphLines: Paragraph[][];
	captions: CaptionAssignment[];
}

export function parsePage(page: string): ParsedPage {
	// Captions first: one sits inside a sentence, and headers must be found before lines are joined
	// because headlines and kickers never end a sentence.
	const { body, captions } = extractCaptions(splitBlocks(page));
	const parts = splitArticles(body);
	if (parts.length !== ARTICLE_IDS.length) {
		throw new Error(`found ${parts.length} articles, expected ${ARTICLE_IDS.length}`);
	}
	const paragraphLines = parts.map((part) => joinBrokenLines(part.body));
	const assignments = assignCaptions(
		captions,
		parts.map((part, i) => ({
			text: [part.kicker?.text ?? '', part.title.text, ...paragraphLines[i]!.map((p) => p.text)].join('\n'),
			firstLine: (part.kicker ?? part.title).line,
			lastLine: part.body.at(-1)?.line ?? part.byline.line
		}))
	);
	const articles = parts.map((part, i): Article => {
		const figures = assignments
			.filter((a) => a.article === i)
			.map((a) => ({ caption: a.caption.caption, credit: a.caption.credit, assignedBy: a.assignedBy }));
		return {
			id: ARTICLE_IDS[i]!,
			order: i + 1,
			kicker: part.kicker?.text ?? null,
			title: part.title.text,
			authors: part.authors,
			paragraphs: paragraphLines[i]!.map((p) => p.text),
			figures
		};
	});
	return { articles, paragraphLines, captions: assignments };
}
