import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticlesFile, SitesFile } from '../../src/lib/data/types';
import { SearchEngine } from '../../src/lib/search/engine';
import { pinyinKeys, pinyinRanges } from '../../src/lib/search/pinyin';
import { checkPinyinFile, pinyinSubjects, syllablesOf } from '../../src/lib/search/readings';
import { matchRanges, snippet } from '../../src/lib/search/snippet';
import { tokenize, tokenizeQuery } from '../../src/lib/search/tokenize';

const read = (p: string) =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8'));
const articles = (read('static/data/articles.json') as ArticlesFile).articles;
const sites = (read('static/data/sites.geojson') as SitesFile).features.map((f) => f.properties);
const readings = read('static/data/pinyin.json').readings as Record<string, string>;
const engine = SearchEngine.from(articles, sites, readings);

const ids = (q: string) => engine.search(q).flatMap((g) => g.hits.map((h) => h.id));
const marked = (q: string) =>
	engine.search(q).flatMap((g) => g.hits.flatMap((h) => h.segments.filter((s) => s.mark).map((s) => s.text)));
/** Every paragraph, caption and name that holds `text`, counted from the shipped files themselves. */
const holding = (text: string) => ({
	paragraphs: articles.flatMap((a) =>
		a.paragraphs.flatMap((p, i) => (p.includes(text) ? [`p:${a.id}:${i + 1}`] : []))
	),
	sites: sites
		.filter((s) => [s.name_zh, ...(s.aliases ?? [])].some((n) => n.includes(text)))
		.map((s) => `site:${s.id}`)
});

describe('tokenising Chinese without spaces', () => {
	it('indexes characters and bigrams, and Latin words lowercased', () => {
		expect(tokenize('AI同心荟')).toEqual(['ai', '同', '同心', '心', '心荟', '荟']);
		expect(tokenize('118工业')).toEqual(['118', '工', '工业', '业']);
	});
	it('queries a Han run by its bigrams, a single character by itself', () => {
		expect(tokenizeQuery('孝源街道')).toEqual(['孝源', '源街', '街道']);
		expect(tokenizeQuery('吉 Task')).toEqual(['吉', 'task']);
	});
});

describe('pinyin', () => {
	const anji = syllablesOf(readings, '安吉县孝源街道')!;
	it('has a reading per character for every name, title and author of the shipped data', () => {
		const subjects = pinyinSubjects(articles, sites);
		expect(subjects.length).toBeGreaterThan(30);
		for (const s of subjects) expect(syllablesOf(readings, s), s).not.toBeNull();
		expect(checkPinyinFile(read('static/data/pinyin.json'))?.dropped).toEqual([]);
	});
	it('reads place names as they are said, not as the dictionary guesses', () => {
		expect(readings['乐清市']).toBe('yue qing shi');
		expect(anji.slice(0, 2)).toEqual(['an', 'ji']);
	});
	it('keys runs of full syllables and of initials from every syllable', () => {
		const keys = pinyinKeys(['_', 'an', 'ji', '_', 'xian']);
		expect(keys).toEqual(['anji', 'aj', 'ji', 'j', 'xian', 'x']);
	});
	it('finds full pinyin, half-typed pinyin and initials as character ranges', () => {
		expect(pinyinRanges(anji, 'anji')).toEqual([[0, 2]]);
		expect(pinyinRanges(anji, 'anj')).toEqual([[0, 2]]);
		expect(pinyinRanges(anji, 'aj')).toEqual([[0, 2]]);
		expect(pinyinRanges(anji, 'xiaoyuan')).toEqual([[3, 5]]);
		expect(pinyinRanges(anji, 'jd')).toEqual([[5, 7]]);
		expect(pinyinRanges(anji, 'anjia')).toEqual([]);
		expect(pinyinRanges(anji, 'an ji')).toEqual([]);
	});
	it('drops malformed readings instead of trusting them', () => {
		const checked = checkPinyinFile({ source: 'x', readings: { 安吉: 'an', 孝源: 'xiao yuan', 梅山: 3 } });
		expect(checked?.file.readings).toEqual({ 孝源: 'xiao yuan' });
		expect(checked?.dropped).toEqual(['安吉', '梅山']);
		expect(checkPinyinFile('nonsense')).toBeNull();
	});
});

describe('search over the shipped articles and sites', () => {
	it('finds a 汉字 substring in every paragraph and name that holds it, and nowhere else', () => {
		for (const text of ['安吉', '风电场', '党群服务中心', '吉']) {
			const found = ids(text);
			const expected = holding(text);
			// Each of these is printed somewhere, so an engine that finds nothing fails here.
			expect(expected.paragraphs.length, text).toBeGreaterThan(0);
			expect(found.filter((i) => i.startsWith('p:')).sort(), text).toEqual([...expected.paragraphs].sort());
			expect(
				found.filter((i) => i.startsWith('site:')),
				text
			).toEqual(expect.arrayContaining(expected.sites));
			expect(marked(text).length, text).toBeGreaterThan(0);
			expect(new Set(marked(text)), text).toEqual(new Set([text]));
		}
	});
	it('needs the whole Han run, not just its bigrams somewhere in the text', () => {
		// 安吉 and 吉县 both occur, but "安吉县" only where the three are together.
		const holdingAll = holding('安吉县').paragraphs;
		expect(holdingAll.length).toBeGreaterThan(0);
		expect(
			ids('安吉县')
				.filter((i) => i.startsWith('p:'))
				.sort()
		).toEqual([...holdingAll].sort());
		for (const id of ids('安吉县'))
			expect(
				engine
					.search('安吉县')
					.flatMap((g) => g.hits)
					.find((h) => h.id === id)!.doc.text
			).toContain('安吉县');
	});
	it('finds 安吉 by full pinyin and by initials, highlighting the characters', () => {
		for (const q of ['anji', 'aj', 'AJ', 'anj']) {
			expect(ids(q), q).toContain('article:anji-xiaoyuan-task-forces');
			expect(ids(q), q).toContain('site:xiaoyuan-street');
			expect(marked(q), q).toContain('安吉');
		}
	});
	it('finds authors by name and by pinyin', () => {
		const author = articles[3]!.authors[0]!;
		for (const q of [author, readings[author]!.replaceAll(' ', '')])
			expect(ids(q)[0], q).toBe(`article:${articles[3]!.id}`);
	});
	it('finds English site names and the English titles and summaries by word prefix', () => {
		expect(ids('wind farm')).toContain('site:baihuayan-wind-farm');
		expect(ids('enforc')).toContain('article:beilun-enforcement');
		expect(marked('bionic')).toContain('bionic');
		expect(ids('said')).not.toContain('article:yuhang-ai-tongxinhui'); // "ai" must not match inside words
	});
	it('finds figure captions and leads paragraph hits to their number', () => {
		const caption = articles.find((a) => a.figures.length)!;
		const words = caption.figures[0]!.caption.slice(0, 4);
		expect(ids(words)).toContain(`fig:${caption.id}:1`);
		const hit = engine
			.search('绣花针')
			.flatMap((g) => g.hits)
			.find((h) => h.kind === 'paragraph')!;
		expect(articles.find((a) => a.id === hit.doc.article)!.paragraphs[hit.doc.para! - 1]).toContain('绣花针');
	});
	it('groups sites, then articles, then text, and finds nothing for nothing', () => {
		expect(engine.search('安吉').map((g) => g.key)).toEqual(['sites', 'articles', 'text']);
		expect(engine.search('  ')).toEqual([]);
		expect(engine.search('！？')).toEqual([]);
		expect(engine.search('zzzzqx')).toEqual([]);
	});
});

describe('snippets', () => {
	it('cuts long text around the first match and marks every match', () => {
		const text = '甲'.repeat(100) + '安吉' + '乙'.repeat(100);
		const segs = snippet(text, matchRanges({ text, syllables: null }, '安吉'), 40);
		expect(segs[0]).toEqual({ text: '…', mark: false });
		expect(segs.at(-1)).toEqual({ text: '…', mark: false });
		expect(segs.filter((s) => s.mark)).toEqual([{ text: '安吉', mark: true }]);
		expect(segs.map((s) => s.text).join('').length).toBeLessThanOrEqual(42);
	});
	it('keeps markup in data as text in a segment', () => {
		const text = '<b>安吉</b>';
		expect(snippet(text, matchRanges({ text, syllables: null }, '安吉')).map((s) => s.text)).toEqual([
			'<b>',
			'安吉',
			'</b>'
		]);
	});
});
