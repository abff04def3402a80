import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { expect, test, waitForReady } from './fixtures';

// The town-level basemap (issue 11, part 2) and the terrain under the Qingyuan layers (part 3).
test.beforeEach(() => test.slow()); // software WebGL: each test draws two views

/** Resolves once MapLibre has drawn everything it asked for at the current camera. */
async function idle(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
				if (map.loaded() && map.areTilesLoaded()) resolve();
				else map.once('idle', () => resolve());
			})
	);
}

/** Jumps and waits for the next idle: right after a jump the map still reports the old view as loaded. */
async function jumpTo(page: Page, zoom: number, lng: number, lat: number) {
	await page.evaluate(
		([zoom, lng, lat]) =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
				map.once('idle', () => resolve());
				map.jumpTo({ zoom, center: [lng, lat] });
			}),
		[zoom, lng, lat] as const
	);
}

test('town and street names are drawn at z10 around Beilun', async ({ page }) => {
	const places = (await (await page.request.get('/basemap/places.geojson')).json()) as {
		features: { properties: { code: string; name: string; kind: string } }[];
	};
	// 北仑区 (330206): its streets and towns, from the shipped gazetteer extract.
	const beilun = places.features
		.filter((f) => f.properties.kind === 'town' && f.properties.code.startsWith('330206'))
		.map((f) => f.properties.name);
	expect(beilun.length).toBeGreaterThan(5);

	await page.goto('/#map=10/29.88/121.82');
	await waitForReady(page);
	await idle(page);
	await expect
		.poll(
			() =>
				page
					.evaluate(() => {
						const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
						return map
							.queryRenderedFeatures({ layers: ['basemap-label-town'] })
							.map((f) => String(f.properties.name));
					})
					.then((drawn) => drawn.filter((name) => beilun.includes(name)).length),
			// Site labels win collisions over town names (小港街道 is a site): any three of Beilun's.
			{ message: "Beilun's town names drawn" }
		)
		.toBeGreaterThanOrEqual(3);
});

test('the terrain loads over the wind farm at z10 and not in the opening view', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/');
	await waitForReady(page);
	await idle(page);
	expect(
		requested.filter((p) => p.includes('/terrain/')),
		'terrain in the opening view'
	).toEqual([]);
	// The town names' glyphs (the biggest font file) wait for the first town label too.
	expect(
		requested.filter((p) => p.endsWith('.places.woff2')),
		'town glyphs in the opening view'
	).toEqual([]);
	expect(requested.filter((p) => p.endsWith('.first.woff2'))).toHaveLength(1);

	// The Baihuayan wind farm (static/data/monitoring-qingyuan.geojson), at z10.
	await jumpTo(page, 10, 119.16, 27.585);
	expect(requested.filter((p) => /\/terrain\/dem\/\d+\/\d+\/\d+\.png$/.test(p)).length).toBeGreaterThan(0);
	expect(requested.filter((p) => /\/terrain\/contours\/\d+\/\d+\/\d+\.pbf$/.test(p)).length).toBeGreaterThan(
		0
	);
	const drawn = await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return {
			dem: map.isSourceLoaded('terrain-dem'),
			contours: map.isSourceLoaded('terrain-contours'),
			lines: map.queryRenderedFeatures({ layers: ['terrain-contour-index'] }).length,
			order: map.getStyle().layers.map((l) => l.id)
		};
	});
	expect(drawn).toMatchObject({ dem: true, contours: true });
	expect(drawn.lines).toBeGreaterThan(0);
	// Under the monitoring layers, and under the basemap's names.
	const at = (id: string) => drawn.order.indexOf(id);
	expect(at('terrain-hillshade')).toBeGreaterThan(-1);
	expect(at('terrain-hillshade')).toBeLessThan(at('monitoring-wind-farm'));
	expect(at('terrain-contour-index')).toBeLessThan(at('basemap-label-town'));
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('SRTM');
});

test('at the DEM’s west edge every relief tile the map asks for exists', async ({ page }) => {
	// 119° E falls a hair inside the z11 tile column west of it: MapLibre asks for those tiles too, and a
	// missing one came back as the app's page, a broken tile in the map's errors (the fixture fails on it).
	const types: string[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.includes('/terrain/contours/'))
			types.push(r.headers()['content-type'] ?? '');
	});
	await page.goto('/#map=11/27.6/119.02');
	await waitForReady(page);
	await idle(page);
	expect(types.length).toBeGreaterThan(0);
	expect(
		types.filter((t) => t.includes('html')),
		'contour tiles answered with a page'
	).toEqual([]);
});
