import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { misalignments, TRANSLATIONS, translate } from '../../geo/articles/translation';
import type { ArticlesFile, EnglishFile, SitesFile } from '../../src/lib/data/types';
import { linkPlaces } from '../../src/lib/reader/link-places';
import { englishName, englishPlaceNamesOf, placeNamesOf } from '../../src/lib/reader/paragraphs';

const read = <T>(name: string): T =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../static/data/${name}`, import.meta.url)), 'utf8')) as T;
const zh = read<ArticlesFile>('articles.json');
const en = read<EnglishFile>('articles-en.json');
// name_en is read from the shipped sites, so a renamed site fails here until the translation follows.
const sites = read<SitesFile>('sites.geojson');
const readings = read<{ readings: Record<string, string> }>('pinyin.json').readings;

describe('alignment with the Chinese', () => {
	it('has one English entry per paragraph and caption, each keyed to its Chinese', () => {
		for (const a of zh.articles) expect(() => translate(a, TRANSLATIONS[a.id])).not.toThrow();
		expect(en.articles.map((a) => a.id)).toEqual(zh.articles.map((a) => a.id));
	});

	it('names the article and paragraph when a translation slips by one', () => {
		const article = zh.articles[1]!;
		const shifted = TRANSLATIONS[article.id].paragraphs.slice(1);
		expect(misalignments(article.id, 'paragraph', article.paragraphs, shifted)).toEqual([
			'jiangbei-118-community: 11 paragraphs in the Chinese, 10 in the translation',
			'jiangbei-118-community: paragraph 1 begins “宁波市江北区前江街道118工业社…”, but its translation is keyed “5个人如何撬动运转3万余人的工业社区？”',
			...article.paragraphs
				.slice(1, 10)
				.map(
					(text, i) =>
						`jiangbei-118-community: paragraph ${i + 2} begins “${text.slice(0, 16)}…”, but its translation is keyed “${shifted[i + 1]!.zh}”`
				)
		]);
		expect(() => translate(article, { ...TRANSLATIONS[article.id], paragraphs: shifted })).toThrow(
			/translation out of step with the page/
		);
	});

	it('says everywhere that it is a translation made for this atlas, not by the newspaper', () => {
		expect(en.notice).toMatch(/translation made for this atlas, not by the newspaper/);
		expect(en.notice).toMatch(/Chinese text is the text of record/);
		expect(en.source.sha256).toBe(zh.source.sha256);
	});
});

describe('names in the translation', () => {
	// Each printed name that links a site in a Chinese paragraph must have its English in the English
	// paragraph: the site's name_en, or the translation's rendering of that printed short form.
	const cases = sites.features.flatMap((f) => {
		const p = f.properties;
		const article = zh.articles.find((a) => a.id === p.article)!;
		const english = en.articles.find((a) => a.id === p.article)!;
		const texts = [
			...(p.paragraphs ?? []).map((n) => ({
				where: `paragraph ${n}`,
				zh: article.paragraphs[n - 1]!,
				en: english.paragraphs[n - 1]!
			})),
			...(p.figures ?? []).map((n) => ({
				where: `caption ${n}`,
				zh: article.figures[n - 1]!.caption,
				en: english.figures[n - 1]!
			}))
		];
		return texts.map((t) => [`${p.id} in ${p.article} ${t.where}`, { site: f, english, ...t }] as const);
	});

	it('checks every site the Chinese names', () => {
		expect(new Set(cases.map(([, c]) => c.site.properties.id)).size).toBe(sites.features.length);
	});

	it.each(cases)('%s', (_, c) => {
		const id = c.site.properties.id;
		const printed = linkPlaces(c.zh, placeNamesOf(sites.features, c.site.properties.article))
			.filter((s) => s.site === id)
			.map((s) => s.text);
		expect(printed.length).toBeGreaterThan(0);
		for (const name of new Set(printed)) {
			const rendering = c.english.places.find((r) => r.site === id && r.zh === name);
			expect(c.en, `“${name}”`).toContain(rendering?.en ?? englishName(c.site.properties.name_en));
		}
		// …and the reader links it there.
		const names = englishPlaceNamesOf(sites.features, c.site.properties.article, c.english.places);
		expect(linkPlaces(c.en, names).some((s) => s.site === id)).toBe(true);
	});

	it('renders only names the sites carry, of sites in the same article', () => {
		for (const a of en.articles)
			for (const r of a.places) {
				const site = sites.features.find((f) => f.properties.id === r.site)?.properties;
				expect(site?.article, `${a.id}: ${r.site}`).toBe(a.id);
				expect([site!.name_zh, ...(site!.aliases ?? [])], `${a.id}: ${r.zh}`).toContain(r.zh);
			}
	});

	it('gives the authors in pinyin, family name first, as the by-line orders them', () => {
		for (const a of zh.articles) {
			const pinyin = a.authors.map((name) => {
				const [family, ...given] = readings[name]!.split(' ');
				const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
				return `${cap(family!)} ${cap(given.join(''))}`;
			});
			expect(en.articles.find((e) => e.id === a.id)!.authors).toEqual(pinyin);
		}
	});
});

describe('englishName', () => {
	it('drops the note in brackets that some English names carry', () => {
		expect(englishName('Qingyuan County (seat)')).toBe('Qingyuan County');
		expect(englishName('Renqi Technology (a “新英聚空间”)')).toBe('Renqi Technology');
		expect(englishName('Daqiao Town, Jiangshan')).toBe('Daqiao Town, Jiangshan');
	});
});
