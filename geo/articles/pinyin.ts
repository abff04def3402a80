/**
 * Builds static/data/pinyin.json: the pinyin of every article title, kicker and author and every
 * site name and alias, so the app can match "anji" and "aj" to 安吉 without shipping pinyin-pro
 * (458 KB minified, 145 KB gzipped) to the browser. Runs after the sites build (geo/build.ts).
 * Run: npx tsx geo/articles/pinyin.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { customPinyin, pinyin } from 'pinyin-pro';
import type { ArticlesFile, SitesFile } from '../../src/lib/data/types';
import { pinyinSubjects, type PinyinFile } from '../../src/lib/search/readings';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PINYIN_PATH = resolve(ROOT, 'static/data/pinyin.json');

// Place names whose reading pinyin-pro's dictionary gets wrong (乐清 is Yuèqīng, as its English name says).
customPinyin({ 乐清: 'yuè qīng' });

/** One syllable per character, toneless, "ü" kept as "v" the way pinyin keyboards type it. */
export function reading(text: string): string {
	const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
	return [...text]
		.map((ch, i) => (/\p{Script=Han}/u.test(ch) ? (syllables[i] ?? '_').toLowerCase() : '_'))
		.join(' ');
}

export function buildPinyin(articles: ArticlesFile, sites: SitesFile): PinyinFile {
	const subjects = pinyinSubjects(
		articles.articles,
		sites.features.map((f) => f.properties)
	).sort();
	return {
		source: 'pinyin-pro (npm), toneless, computed by geo/articles/pinyin.ts',
		readings: Object.fromEntries(subjects.map((s) => [s, reading(s)]))
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));
	const file = buildPinyin(read('static/data/articles.json'), read('static/data/sites.geojson'));
	writeFileSync(PINYIN_PATH, JSON.stringify(file, null, '\t') + '\n');
	console.log(`${relative(ROOT, PINYIN_PATH)}: ${Object.keys(file.readings).length} readings`);
}
