/**
 * What the search box searches: one document per site, per article (title, kicker, authors and the
 * English written for this project), per paragraph and per figure caption, each paragraph and caption
 * with its English translation when that has loaded. Each keeps the lines it shows in a result, with
 * their pinyin where the build computed one.
 */
import type { Article, ArticleEnglish, ArticleId, SiteProperties } from '../data/types';
import { syllablesOf } from './readings';
import { pinyinKeys } from './pinyin';

export type DocKind = 'site' | 'article' | 'paragraph' | 'caption';

export interface Line {
	text: string;
	/** One syllable per character ("_" for non-Han), when the line has a reading. */
	syllables: string[] | null;
}

export interface SearchDoc {
	id: string;
	kind: DocKind;
	article: ArticleId;
	/** 1-based paragraph number, for paragraph hits. */
	para?: number;
	site?: string;
	/** The result's heading, in Chinese and (where there is one) English. */
	label: string;
	label_en?: string;
	lines: Line[];
	/** Indexed fields. */
	text: string;
	pinyin: string;
}

export function buildDocuments(
	articles: readonly Article[],
	sites: readonly SiteProperties[],
	readings: Record<string, string>,
	english: readonly ArticleEnglish[] = []
): SearchDoc[] {
	const line = (text: string): Line => ({ text, syllables: syllablesOf(readings, text) });
	const doc = (d: Omit<SearchDoc, 'text' | 'pinyin'>): SearchDoc => ({
		...d,
		text: d.lines.map((l) => l.text).join('\n'),
		pinyin: d.lines.flatMap((l) => (l.syllables ? pinyinKeys(l.syllables) : [])).join(' ')
	});
	const docs: SearchDoc[] = [];
	for (const s of sites) {
		const names = [...new Set([s.name_zh, ...(s.aliases ?? [])])];
		docs.push(
			doc({
				id: `site:${s.id}`,
				kind: 'site',
				article: s.article,
				site: s.id,
				label: s.name_zh,
				label_en: s.name_en,
				lines: [...names.map(line), line(s.name_en)]
			})
		);
	}
	for (const a of articles) {
		const en = english.find((e) => e.id === a.id);
		// The translation's line follows the Chinese, so a match in either leads to the same paragraph.
		const withEnglish = (zh: string, translated: string | undefined) =>
			translated ? [line(zh), line(translated)] : [line(zh)];
		docs.push(
			doc({
				id: `article:${a.id}`,
				kind: 'article',
				article: a.id,
				label: a.title,
				label_en: a.title_en,
				lines: [
					line(a.title),
					...(a.kicker ? [line(a.kicker)] : []),
					...a.authors.map(line),
					...(a.title_en ? [line(a.title_en)] : []),
					...(a.summary_en ? [line(a.summary_en)] : [])
				]
			})
		);
		a.paragraphs.forEach((p, i) =>
			docs.push(
				doc({
					id: `p:${a.id}:${i + 1}`,
					kind: 'paragraph',
					article: a.id,
					para: i + 1,
					label: a.title,
					label_en: a.title_en,
					lines: withEnglish(p, en?.paragraphs[i])
				})
			)
		);
		a.figures.forEach((f, i) =>
			docs.push(
				doc({
					id: `fig:${a.id}:${i + 1}`,
					kind: 'caption',
					article: a.id,
					label: a.title,
					label_en: a.title_en,
					lines: withEnglish(f.caption, en?.figures[i])
				})
			)
		);
	}
	return docs;
}
