/**
 * The citation of a case, in one fixed format, from what the page prints:
 * `作者1、作者2：《标题》，刊名。` — authors joined with 、, the title in 《》, then the outlet.
 * The source page does not print its outlet; then the citation says so instead of naming one.
 */
import type { Article } from '../data/types';

export interface CitationNotes {
	/** Said in place of the outlet when the page does not print one. */
	noOutlet: string;
}

export function formatCitation(article: Article, outlet: string | null, notes: CitationNotes): string {
	const authors = article.authors.join('、');
	const head = `${authors ? `${authors}：` : ''}《${article.title}》`;
	return outlet ? `${head}，${outlet}。` : `${head}。${notes.noOutlet}`;
}
