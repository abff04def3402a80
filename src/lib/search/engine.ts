/**
 * The search index (MiniSearch) over ./documents.ts, and the grouped, highlighted results the search
 * box shows. Pure: it runs in Node for the unit tests with the shipped files.
 */
import MiniSearch from 'minisearch';
import type { Article, ArticleEnglish, SiteProperties } from '../data/types';
import { buildDocuments, type DocKind, type SearchDoc } from './documents';
import { matchRanges, snippet, type Segment } from './snippet';
import { HAN, isPrefixTerm, runs, tokenize, tokenizeQuery } from './tokenize';

export type GroupKey = 'sites' | 'articles' | 'text';

export interface SearchHit {
	id: string;
	kind: DocKind;
	doc: SearchDoc;
	segments: Segment[];
}

export interface ResultGroup {
	key: GroupKey;
	hits: SearchHit[];
}

const GROUP_OF: Record<DocKind, GroupKey> = {
	site: 'sites',
	article: 'articles',
	paragraph: 'text',
	caption: 'text'
};
const GROUP_ORDER: GroupKey[] = ['sites', 'articles', 'text'];
const LIMIT: Record<GroupKey, number> = { sites: 10, articles: 6, text: 20 };
// Names and titles are what people most often look for; paragraphs repeat them.
const BOOST: Record<DocKind, number> = { site: 2, article: 1.5, paragraph: 1, caption: 1 };

export class SearchEngine {
	#docs: Map<string, SearchDoc>;
	#index: MiniSearch<SearchDoc>;

	constructor(docs: SearchDoc[]) {
		this.#docs = new Map(docs.map((d) => [d.id, d]));
		this.#index = new MiniSearch<SearchDoc>({
			fields: ['text', 'pinyin'],
			tokenize: (text, field) => (field === 'pinyin' ? text.split(' ').filter(Boolean) : tokenize(text)),
			searchOptions: {
				tokenize: tokenizeQuery,
				prefix: isPrefixTerm,
				combineWith: 'AND',
				boostDocument: (id) => BOOST[this.#docs.get(id)?.kind ?? 'paragraph']
			}
		});
		this.#index.addAll(docs);
	}

	static from(
		articles: readonly Article[],
		sites: readonly SiteProperties[],
		readings: Record<string, string>,
		english: readonly ArticleEnglish[] = []
	) {
		return new SearchEngine(buildDocuments(articles, sites, readings, english));
	}

	get size(): number {
		return this.#docs.size;
	}

	search(query: string): ResultGroup[] {
		const q = query.trim();
		if (!runs(q).length) return [];
		// The index matches bigrams; a Han run must also appear whole, so "安吉县" is not "安吉…吉县".
		const hanRuns = runs(q).filter((r) => HAN.test(r));
		const groups = new Map<GroupKey, SearchHit[]>(GROUP_ORDER.map((k) => [k, []]));
		for (const result of this.#index.search(q)) {
			const doc = this.#docs.get(result.id as string);
			if (!doc || !hanRuns.every((r) => doc.text.includes(r))) continue;
			const hits = groups.get(GROUP_OF[doc.kind])!;
			if (hits.length < LIMIT[GROUP_OF[doc.kind]]) hits.push(this.#hit(doc, q));
		}
		return GROUP_ORDER.map((key) => ({ key, hits: groups.get(key)! })).filter((g) => g.hits.length);
	}

	#hit(doc: SearchDoc, query: string): SearchHit {
		const matched = doc.lines
			.map((line) => ({ line, ranges: matchRanges(line, query) }))
			.find((m) => m.ranges.length);
		const line = matched?.line ?? doc.lines[0]!;
		return { id: doc.id, kind: doc.kind, doc, segments: snippet(line.text, matched?.ranges ?? []) };
	}
}
