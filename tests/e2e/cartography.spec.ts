import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteFeature } from '../../src/lib/data/types';
import { labelReach } from '../../src/lib/map/label-text';
import { mainSites } from '../../src/lib/map/site-labels';
import { expect, shippedArticles, shippedSites, test, waitForReady } from './fixtures';
import { atSamePoint } from './fixtures';
import { renderedIds, urlCamera } from './map-probe';

/** Resolves once the map has stopped moving and drawn everything it asked for. */
async function settled(page: Page) {
	await waitForReady(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
				const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', done));
				setTimeout(done, 300);
			})
	);
}

/**
 * The sites drawn outside the free map area: projected with map.project, then checked against the
 * map's rectangle and every rectangle over it (MapLibre's controls and credits, the legend, a phone's
 * sheet). Returns "id: why" for each, so a failure names the site.
 */
async function hiddenSites(page: Page, sites: SiteFeature[]): Promise<string[]> {
	const points = sites.map((f) => ({ id: f.properties.id, at: f.geometry.coordinates }));
	return page.evaluate((points) => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		const box = map.getContainer().getBoundingClientRect();
		const covers = [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl, [data-map-cover]')]
			.filter((el) => el.getClientRects().length)
			.map((el) => ({ name: el.className, rect: el.getBoundingClientRect() }));
		const out: string[] = [];
		const R = 4; // a dot's radius: half a dot under the legend is a dot hidden
		for (const { id, at } of points) {
			const p = map.project(at as [number, number]);
			const x = box.left + p.x;
			const y = box.top + p.y;
			if (x < box.left + R || x > box.right - R || y < box.top + R || y > box.bottom - R) {
				out.push(`${id}: off the map at ${Math.round(x)},${Math.round(y)}`);
				continue;
			}
			for (const { name, rect } of covers)
				if (x > rect.left - R && x < rect.right + R && y > rect.top - R && y < rect.bottom + R)
					out.push(`${id}: under ${name}`);
		}
		return out;
	}, points);
}

const SIZES = [
	{ width: 1024, height: 700 },
	{ width: 1280, height: 720 },
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];

for (const size of SIZES)
	test(`opening view at ${size.width}×${size.height}: every Zhejiang case site in the free map area`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		const sites = (await shippedSites(page)).features.filter((f) => !f.properties.outside_zhejiang);
		await page.goto('/');
		await settled(page);
		expect(await hiddenSites(page, sites)).toEqual([]);
	});

test('at 1440×900 the open legend sits over the sea, off Zhejiang’s land', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	await settled(page);
	await expect(page.getByTestId('toggle-cameras')).toBeVisible();
	const land = await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		const box = map.getContainer().getBoundingClientRect();
		const legend = document.querySelector('.legend-box')!.getBoundingClientRect();
		const hits: string[] = [];
		// Every 10 px over the legend's box, in the map's own pixels.
		for (let x = legend.left; x <= legend.right; x += 10)
			for (let y = legend.top; y <= legend.bottom; y += 10)
				if (map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['basemap-land'] }).length)
					hits.push(`${Math.round(x)},${Math.round(y)}`);
		return hits;
	});
	expect(land).toEqual([]);
});

test('a link to a case fits the map to the case, as choosing it does', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const sites = (await shippedSites(page)).features;
	const id = 'beilun-enforcement';
	const own = sites.filter((f) => f.properties.article === id && f.properties.role !== 'partner');
	await page.goto(`/#article=${id}`);
	await settled(page);
	expect(urlCamera(page.url())!.zoom, 'zoomed in past the province').toBeGreaterThan(8);
	expect(await hiddenSites(page, own)).toEqual([]);
});

test('on a phone a link to a case leaves its sites’ labels room inside the map', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const sites = (await shippedSites(page)).features.filter((f) => f.properties.role !== 'partner');
	// The case spread widest east to west: its fit is limited by the map's width, so its sites reach the edges.
	const span = (id: string) => {
		const lngs = sites.filter((f) => f.properties.article === id).map((f) => f.geometry.coordinates[0]!);
		return Math.max(...lngs) - Math.min(...lngs);
	};
	const { articles } = await shippedArticles(page);
	const id = articles.map((a) => a.id).sort((a, b) => span(b) - span(a))[0]!;
	await page.goto(`/#article=${id}&lang=en`);
	await settled(page);
	expect(urlCamera(page.url())!.zoom, 'a fit limited by the width, not the zoom cap').toBeLessThan(11);
	const xs = await page.evaluate(
		(points) => {
			const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
			return points.map((p) => map.project(p as [number, number]).x);
		},
		sites.filter((f) => f.properties.article === id).map((f) => f.geometry.coordinates)
	);
	const reach = labelReach(true);
	expect(390 - Math.max(...xs), 'room right of the easternmost site').toBeGreaterThanOrEqual(reach - 1);
	expect(Math.min(...xs), 'room left of the westernmost site').toBeGreaterThanOrEqual(reach / 2 - 1);
});

test('the label layer names each case’s main site when its case is opened', async ({ page }) => {
	test.setTimeout(180_000);
	const sites = (await shippedSites(page)).features;
	const main = mainSites(sites);
	const { articles } = await shippedArticles(page);
	await page.goto('/');
	await settled(page);
	for (const article of articles) {
		const head = sites.find((f) => f.properties.article === article.id && main.has(f.properties.id))!;
		// As a reader opens a case: its title in the list (the map fits the case), then Back to the list.
		await page
			.getByTestId('case-list')
			.locator(`li[data-article="${article.id}"]`)
			.getByTestId('case-title')
			.click();
		await expect(page).toHaveURL(new RegExp(`article=${article.id}(&|$)`));
		await settled(page);
		await expect
			.poll(() => renderedIds(page, 'site-label'), { message: article.id })
			.toContain(head.properties.id);
		await page.goBack();
		await expect(page.getByTestId('case-list')).toBeVisible();
	}
});

test('from zoom 12 the sites that share a point fan out, each with its own dot', async ({ page }) => {
	const sites = await shippedSites(page);
	const biggest = sites.features.map((f) => atSamePoint(sites, f)).sort((a, b) => b.length - a.length)[0]!;
	expect(biggest.length).toBeGreaterThan(1);
	const [lng, lat] = biggest[0]!.geometry.coordinates;
	await page.goto(`/#map=12.5/${lat}/${lng}`);
	await settled(page);
	const fanned = new Set(await renderedIds(page, 'site-fan-circle'));
	for (const f of biggest) expect(fanned, f.properties.id).toContain(f.properties.id);
});

test('the English case list shows English titles with the Chinese beside them', async ({ page }) => {
	const { articles } = await shippedArticles(page);
	await page.goto('/#lang=en');
	await waitForReady(page);
	for (const article of articles.filter((a) => a.title_en)) {
		const card = page.getByTestId('case-list').locator(`li[data-article="${article.id}"]`);
		await expect(card.getByTestId('case-title')).toHaveText(article.title_en!);
		await expect(card.getByTestId('case-title')).toHaveAttribute('lang', 'en');
		await expect(card.getByTestId('case-title-zh')).toHaveText(article.title);
	}
	const site = (await shippedSites(page)).features[0]!;
	await expect(page.locator(`a[data-site="${site.properties.id}"]`)).toHaveText(site.properties.name_en);
});
