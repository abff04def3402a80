import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadJson, type Validator } from '../../src/lib/data/load';
import { EnglishText } from '../../src/lib/data/english.svelte';
import { createEngine } from '../../src/lib/search/load';
import type { ArticlesFile, SitesFile } from '../../src/lib/data/types';

const read = (p: string) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8');
const articles = (JSON.parse(read('static/data/articles.json')) as ArticlesFile).articles;
const sites = (JSON.parse(read('static/data/sites.geojson')) as SitesFile).features.map((f) => f.properties);

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
/** Serves the shipped files by name; `missing` answer 404. */
const serve = (...missing: string[]) =>
	(async (url: string) =>
		missing.some((m) => url.endsWith(m))
			? new Response('', { status: 404 })
			: new Response(read(`static/${url}`))) as unknown as typeof fetch;
const accept: Validator<unknown> = (json) => ({ ok: true, data: json });
const refuse: Validator<unknown> = () => ({ ok: false, errors: ['a', 'b', 'c', 'd', 'e'] });

describe('load messages in both languages', () => {
	it('says in English and Chinese what went wrong with a file', async () => {
		const cases: [typeof fetch, Validator<unknown>, string, string][] = [
			[respond('', 404), accept, 'could not be loaded (HTTP 404)', '无法加载（HTTP 404）'],
			[respond('{'), accept, 'is not valid JSON', '不是有效的 JSON'],
			[respond('{}'), refuse, 'is malformed: a; b; c (and 2 more)', '格式有误：a; b; c（另有 2 处）'],
			[
				(async () => {
					throw new Error('offline');
				}) as typeof fetch,
				accept,
				'could not be fetched (offline)',
				'无法获取（offline）'
			]
		];
		for (const [fetcher, validate, en, zh] of cases) {
			const r = await loadJson('data/x.json', validate, fetcher);
			expect(r).toEqual({ ok: false, file: 'data/x.json', message: en, message_zh: zh });
		}
	});
});

describe('the lazily created search engine', () => {
	it('uses the shipped pinyin readings', async () => {
		const { engine, message } = await createEngine(articles, sites, serve(), new EnglishText());
		expect(message).toBeNull();
		expect(engine.search('aj').flatMap((g) => g.hits.map((h) => h.id))).toContain('site:xiaoyuan-street');
	});
	it('searches the English full text: a phrase of the translation leads to its paragraph', async () => {
		const { engine } = await createEngine(articles, sites, serve(), new EnglishText());
		const hits = engine.search('embroidery needle').flatMap((g) => g.hits);
		expect(hits.map((h) => h.id)).toContain('p:beilun-enforcement:4');
		const hit = hits.find((h) => h.id === 'p:beilun-enforcement:4')!;
		expect(hit.segments.map((s) => s.text).join('')).toMatch(/embroidery needle/);
		expect(engine.search('Lianrong Road').flatMap((g) => g.hits.map((h) => h.id))).toContain(
			'p:yuhang-party-mass-centres:3'
		);
	});
	it('still searches without the translation, and says it is left out', async () => {
		const { engine, message } = await createEngine(
			articles,
			sites,
			serve('articles-en.json'),
			new EnglishText()
		);
		expect(message?.en).toBe('The search leaves out the English translation: it could not be loaded.');
		expect(engine.search('embroidery needle')).toEqual([]);
		expect(engine.search('绣花针').length).toBeGreaterThan(0);
	});
	it('still searches 汉字 and English without them, and says pinyin is unavailable', async () => {
		const { engine, message } = await createEngine(articles, sites, serve('pinyin.json'), new EnglishText());
		expect(message?.en).toBe('Pinyin search is unavailable: data/pinyin.json could not be loaded (HTTP 404)');
		expect(message?.zh).toContain('拼音搜索不可用');
		expect(engine.search('aj')).toEqual([]);
		expect(engine.search('安吉').length).toBeGreaterThan(0);
		expect(engine.search('enforcement').length).toBeGreaterThan(0);
	});
});
