/**
 * Builds static/data/articles.json from the project's copy of the newspaper page.
 * Run: npx tsx geo/articles/build.ts
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ARTICLE_IDS, type ArticlesFile, type EnglishFile } from '../../src/lib/data/types';
import { ENGLISH } from './english';
import { parsePage, type PageReading } from './page';
import { TRANSLATION_NOTICE, TRANSLATIONS, translate } from './translation';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAGE_PATH = resolve(ROOT, 'geo/sources/page-000_ea8cb84bd42bd9c1.txt');
export const ARTICLES_PATH = resolve(ROOT, 'static/data/articles.json');
/** The English full text: its own file, so the first view does not carry it. */
export const ENGLISH_PATH = resolve(ROOT, 'static/data/articles-en.json');

export interface BuildArticlesOptions {
	page?: string;
	out?: string;
	outEn?: string;
	/** Print the per-article summary (default true). */
	log?: boolean;
}

export function buildArticles(options: BuildArticlesOptions = {}): ArticlesFile {
	const pagePath = options.page ?? PAGE_PATH;
	const outPath = options.out ?? ARTICLES_PATH;
	const bytes = readFileSync(pagePath);
	const parsed = parsePage(bytes.toString('utf8'));
	const file: ArticlesFile = {
		// The page does not print the newspaper's name, so the outlet stays unknown.
		source: {
			file: relative(ROOT, pagePath),
			sha256: createHash('sha256').update(bytes).digest('hex'),
			outlet: null
		},
		articles: parsed.articles.map((a) => ({ ...a, ...ENGLISH[a.id] }))
	};
	const english: EnglishFile = {
		notice: TRANSLATION_NOTICE,
		source: { sha256: file.source.sha256 },
		articles: parsed.articles.map((a) => translate(a, TRANSLATIONS[a.id]))
	};
	const outEn = options.outEn ?? ENGLISH_PATH;
	mkdirSync(dirname(outPath), { recursive: true });
	writeFileSync(outPath, JSON.stringify(file, null, '\t') + '\n');
	mkdirSync(dirname(outEn), { recursive: true });
	writeFileSync(outEn, JSON.stringify(english, null, '\t') + '\n');
	if (options.log !== false) console.log(summarise(parsed.reading, relative(ROOT, outPath)));
	return file;
}

export function summarise(reading: PageReading, outName: string): string {
	const lines = [`${outName}: ${reading.articles.length} articles`];
	reading.articles.forEach((a, i) => {
		const joins = a.paragraphs.filter((p) => p.lines.length > 1).map((p) => p.lines.join('+'));
		lines.push(
			`  ${i + 1}. ${ARTICLE_IDS[i] ?? '?'} ${a.title}: ${a.paragraphs.length} paragraphs, ${a.figures.length} figures, ` +
				`authors ${a.authors.join('、')}${a.kicker ? `, kicker ${a.kicker}` : ''}`,
			`     joined source lines: ${joins.length ? joins.join(', ') : 'none'}`
		);
	});
	for (const c of reading.captions) {
		const lifted = c.caption.interruptsSentence ? ' (lifted out of a broken sentence)' : '';
		lines.push(`  caption line ${c.caption.line}${lifted} -> article ${c.article + 1}: ${c.assignedBy}`);
	}
	return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) buildArticles();
