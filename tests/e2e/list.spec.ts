import type { Map as MapLibreMap } from 'maplibre-gl';
import { CASE_FACETS } from '../../src/lib/data/themes';
import { expect, loneSite, shippedArticles, shippedSites, test, waitForReady } from './fixtures';
import { mapBounds, renderedArticles, renderedIds, urlCamera } from './map-probe';

test('hovering or focusing a site in the list highlights it on the map', async ({ page }) => {
	const sites = await shippedSites(page);
	const site = loneSite(sites);
	const id = site.properties.id;
	await page.goto('/');
	await waitForReady(page);
	const entry = page.getByTestId('case-list').locator(`a[data-site="${id}"]`);
	await expect(entry).toHaveText(site.properties.name_zh);

	await expect.poll(() => renderedIds(page, 'site-highlight')).toEqual([]);
	await entry.hover();
	await expect.poll(() => renderedIds(page, 'site-highlight')).toEqual([id]);
	await page.mouse.move(5, 400); // off the list, over the map's edge
	await expect.poll(() => renderedIds(page, 'site-highlight')).toEqual([]);

	await entry.focus();
	await expect.poll(() => renderedIds(page, 'site-highlight')).toEqual([id]);
	await entry.blur();
	await expect.poll(() => renderedIds(page, 'site-highlight')).toEqual([]);
});

test('choosing a site in the list opens it and flies the map there', async ({ page }) => {
	const sites = await shippedSites(page);
	const site = loneSite(sites);
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto('/');
	await waitForReady(page);
	const before = urlCamera(page.url())!;
	expect(before.zoom).toBeLessThan(8);

	await page.getByTestId('case-list').locator(`a[data-site="${site.properties.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`site=${site.properties.id}`));
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
	// The site is framed in the free part of the map (clear of the legend and controls), so it need not
	// be the URL's centre: it must be in view, close up.
	await expect
		.poll(() =>
			page.evaluate(
				([x, y]) => {
					const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
					return !map.isMoving() && map.getZoom() >= 10 && map.getBounds().contains([x!, y!]);
				},
				[lng, lat]
			)
		)
		.toBe(true);
	expect(urlCamera(page.url())!.zoom).toBeGreaterThanOrEqual(10);
});

test('choosing a case title opens its article and fits the map to its sites', async ({ page }) => {
	const sites = await shippedSites(page);
	const { articles } = await shippedArticles(page);
	// A case whose own sites sit in one part of the province, away from the opening view's centre.
	const article = articles.find((a) => a.id === 'qingyuan-gep-vep')!;
	const own = sites.features.filter(
		(f) => f.properties.article === article.id && f.properties.role !== 'partner'
	);
	await page.goto('/');
	await waitForReady(page);
	const before = urlCamera(page.url())!;

	await page
		.getByTestId('case-list')
		.locator(`li[data-article="${article.id}"]`)
		.getByTestId('case-title')
		.click();
	await expect(page).toHaveURL(new RegExp(`article=${article.id}(&|$)`));
	await expect(page.getByTestId('article-reader').locator('h2')).toHaveText(article.title);
	await expect
		.poll(() => urlCamera(page.url())!.zoom, 'the map zooms in on the case')
		.toBeGreaterThan(before.zoom);
	const [west, south, east, north] = await mapBounds(page);
	for (const f of own) {
		const [lng, lat] = f.geometry.coordinates as [number, number];
		expect(lng >= west && lng <= east && lat >= south && lat <= north, f.properties.id).toBe(true);
	}
	await page.goBack();
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
});

test('Back at once after choosing a case title returns to the view it left, even mid-flight', async ({
	page
}) => {
	const { articles } = await shippedArticles(page);
	await page.goto('/');
	await waitForReady(page);
	const view = urlCamera(page.url())!;
	const title = page
		.getByTestId('case-list')
		.locator(`li[data-article="${articles.at(-1)!.id}"]`)
		.getByTestId('case-title');
	await title.click();
	await page.goBack(); // the fit to the case has only just begun
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
	await page.waitForTimeout(1500); // longer than the fit would take
	expect(urlCamera(page.url())).toEqual(view);
	const [west, south, east, north] = await mapBounds(page);
	expect(west < view.lng && view.lng < east && south < view.lat && view.lat < north).toBe(true);
	expect(
		await page.evaluate(() =>
			(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getZoom()
		)
	).toBeCloseTo(view.zoom, 1);
});

test('"only what is in view" lists exactly the sites inside the map after zooming in', async ({ page }) => {
	const sites = await shippedSites(page);
	const site = loneSite(sites);
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=11/${lat}/${lng}`);
	await waitForReady(page);
	const list = page.getByTestId('case-list');
	const entries = list.locator('ul.sites a');
	await expect(entries).toHaveCount(sites.features.length);

	await page.getByTestId('only-in-view').check();
	const [w, s, e, n] = await mapBounds(page);
	const inside = sites.features.filter(
		({
			geometry: {
				coordinates: [x, y]
			}
		}) => x! >= w && x! <= e && y! >= s && y! <= n
	);
	expect(inside.length).toBeGreaterThan(0);
	expect(inside.length).toBeLessThan(sites.features.length);
	await expect(entries).toHaveCount(inside.length);
	expect((await entries.evaluateAll((as) => as.map((a) => a.getAttribute('data-site')))).sort()).toEqual(
		inside.map((f) => f.properties.id).sort()
	);
	const cases = new Set(inside.map((f) => f.properties.article)).size;
	await expect(page.getByTestId('case-count')).toContainText(`${cases} / 6`);

	// Zooming out to the province brings every site back.
	await page.goto(`/#map=6.4/29.2/120.4`);
	await expect(entries).toHaveCount(sites.features.filter((f) => !f.properties.outside_zhejiang).length);
});

test('city and theme filters narrow the list and the map, and survive a reload and Back', async ({
	page
}) => {
	const articles = (await shippedArticles(page)).articles;
	const ningbo = articles.filter((a) => CASE_FACETS[a.id].city === 'ningbo').map((a) => a.id);
	expect(ningbo.length).toBeGreaterThan(1);
	await page.goto('/');
	await waitForReady(page);
	const list = page.getByTestId('case-list');
	const shownCases = () =>
		list.locator('li[data-article]').evaluateAll((lis) => lis.map((li) => li.dataset.article!).sort());
	await expect.poll(renderedArticles.bind(null, page)).toHaveLength(articles.length);

	await page.getByTestId('filter-city-ningbo').check();
	await expect(page).toHaveURL(/city=ningbo(&|$)/);
	await expect.poll(shownCases).toEqual([...ningbo].sort());
	await expect(page.getByTestId('case-count')).toContainText(`${ningbo.length} / ${articles.length}`);
	await expect.poll(() => renderedArticles(page)).toEqual([...ningbo].sort());

	// A theme of one Ningbo case narrows further.
	const theme = CASE_FACETS[ningbo[0]! as keyof typeof CASE_FACETS].theme;
	await page.getByTestId(`filter-theme-${theme}`).check();
	await expect(page).toHaveURL(new RegExp(`theme=${theme}`));
	await expect.poll(shownCases).toEqual([ningbo[0]]);
	await expect.poll(() => renderedArticles(page)).toEqual([ningbo[0]]);

	await page.reload();
	await waitForReady(page);
	await expect(page.getByTestId('filter-city-ningbo')).toBeChecked();
	await expect(page.getByTestId(`filter-theme-${theme}`)).toBeChecked();
	await expect.poll(shownCases).toEqual([ningbo[0]]);
	await expect.poll(() => renderedArticles(page)).toEqual([ningbo[0]]);

	// Open the case (the map fits to it), then Back: the filtered list and the view return as they were.
	const view = urlCamera(page.url())!;
	await list.locator(`li[data-article="${ningbo[0]}"] > a`).click();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await expect.poll(() => urlCamera(page.url())!.zoom).toBeGreaterThan(view.zoom);
	await page.goBack();
	await expect.poll(() => urlCamera(page.url())).toEqual(view);
	await expect(page.getByTestId('filter-city-ningbo')).toBeChecked();
	await expect.poll(shownCases).toEqual([ningbo[0]]);
	await page.goForward();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await page.goBack();

	// Unticking everything lifts the filters from the URL, list and map.
	await page.getByTestId('filter-city-ningbo').uncheck();
	await page.getByTestId(`filter-theme-${theme}`).uncheck();
	await expect(page).not.toHaveURL(/city=|theme=/);
	await expect.poll(shownCases).toHaveLength(articles.length);
	await expect.poll(() => renderedArticles(page)).toHaveLength(articles.length);
});
