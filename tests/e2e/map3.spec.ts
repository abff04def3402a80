/**
 * Issue 3 on the map: connection arcs, browsing by area, the paragraphs that name a site, and camera
 * traps generalised at high zoom. Expectations come from the shipped data files.
 */
import { bbox, distance, length } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { arcMiddle, buildConnections } from '../../src/lib/spatial/connections';
import { CAMERA_CELL_KM, CAMERA_GENERALISE_ZOOM } from '../../src/lib/spatial/camera-policy';
import {
	clickMapCentre,
	expect,
	shippedArticles,
	shippedMonitoring,
	shippedSites,
	test,
	waitForReady
} from './fixtures';
import { clickMapCentreSettled, mapBounds } from './map-probe';
import type { Page } from '@playwright/test';
import { drawnAtCentre } from './map-probe';

/** The camera the URL holds: `map=zoom/lat/lng`. */
function urlView(page: Page): { zoom: number; lat: number; lng: number } {
	const value = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('map')!;
	const [zoom, lat, lng] = value.split('/').map(Number) as [number, number, number];
	return { zoom, lat, lng };
}

test('connection arcs: a popup names both ends; the legend toggle hides and shows them', async ({ page }) => {
	const sites = await shippedSites(page);
	const arcs = buildConnections(sites).features;
	expect(arcs.length, 'the shipped data has partners to connect').toBeGreaterThan(0);
	// The longest arc: its middle is far from any site, so a click there can only hit the arc.
	const arc = arcs.reduce((a, b) => (length(b) > length(a) ? b : a));
	const [lng, lat] = arcMiddle(arc);
	await page.goto(`/#map=7/${lat}/${lng}`);
	await waitForReady(page);
	await expect(page.getByTestId('toggle-connections')).toBeChecked();
	await expect(page.getByTestId('toggle-connections').locator('..')).toContainText(`(${arcs.length})`);

	const popup = page.getByTestId('connection-popup');
	await expect
		.poll(() => drawnAtCentre(page, 'connection-arc'), 'the arc is drawn under the pointer')
		.toContain(arc.properties.id);
	await clickMapCentre(page);
	await expect(popup).toBeVisible();
	await expect(popup.getByTestId('connection-from')).toHaveText(arc.properties.from_zh);
	await expect(popup.getByTestId('connection-to')).toHaveText(arc.properties.to_zh);
	await popup.getByTestId('connection-to').click();
	await expect(page).toHaveURL(new RegExp(`site=${arc.properties.to}(&|$)`));
	await expect(page.getByTestId('site-popup')).toContainText(arc.properties.to_zh);
	await expect(popup, 'the site popup takes over from the arc popup').toHaveCount(0);
	// The same connection, without the mouse: the site's popup links the other end.
	const back = page.getByTestId('site-connections').getByRole('link', { name: arc.properties.from_zh });
	await expect(back).toHaveAttribute('href', new RegExp(`site=${arc.properties.from}(&|$)`));
	await page.goBack();
	await expect(page.getByTestId('site-popup')).toHaveCount(0);
	await expect(popup).toHaveCount(0);

	await page.goto(`/#map=7/${lat}/${lng}`);
	await expect
		.poll(() => drawnAtCentre(page, 'connection-arc'), 'the arc is drawn under the pointer')
		.toContain(arc.properties.id);
	await clickMapCentre(page);
	await expect(popup).toBeVisible();
	// The open popup lies over the legend (popups sit above it): the reader toggles it from the keyboard.
	await page.getByTestId('toggle-connections').focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('toggle-connections')).not.toBeChecked();
	await expect(page).toHaveURL(/layers=areas,transects,cameras(&|$)/);
	await expect(popup, 'the arc popup closes with its layer').toHaveCount(0);
	await page.goto(`/#map=7/${lat}/${lng}&layers=areas,transects,cameras`); // same view, the arc off
	await waitForReady(page);
	await clickMapCentreSettled(page);
	await expect(popup, 'the arc is off: a click on it opens nothing').toHaveCount(0);

	await page.getByTestId('toggle-connections').check();
	await expect(page).toHaveURL(/layers=areas,transects,cameras,connections/);
	await expect
		.poll(() => drawnAtCentre(page, 'connection-arc'), 'the arc is drawn under the pointer')
		.toContain(arc.properties.id);
	await clickMapCentre(page);
	await expect(popup).toBeVisible();
});

test('browse by area counts cases and sites per city and county, and fits the map to one', async ({
	page
}) => {
	const sites = await shippedSites(page);
	const topology = (await (await page.request.get('/basemap/zhejiang.topojson')).json()) as Topology;
	const counties = feature(
		topology,
		topology.objects['counties'] as GeometryCollection<{ adcode: string; city: string }>
	).features;
	const countyOf = new Map(counties.map((c) => [c.properties!.adcode, c]));
	const cityOf = (f: (typeof sites.features)[number]) =>
		countyOf.get(f.properties.admin!.county!)!.properties!.city;
	const mapped = sites.features.filter((f) => countyOf.has(f.properties.admin?.county ?? ''));
	const tally = (of: typeof mapped) => ({
		cases: new Set(of.filter((f) => f.properties.role !== 'partner').map((f) => f.properties.article)).size,
		sites: of.length
	});

	await page.goto('/');
	await waitForReady(page);
	const browse = page.getByTestId('browse-levels');
	await browse.locator('summary').click();
	const cities = browse.getByTestId('browse-city');
	const cityNames = [...new Set(mapped.map(cityOf))];
	await expect(cities).toHaveCount(cityNames.length);
	for (const city of cityNames) {
		const { cases, sites: n } = tally(mapped.filter((f) => cityOf(f) === city));
		await expect(
			browse.locator(`[data-testid=browse-city][data-name="${city}"] > [data-testid=tally]`)
		).toHaveText(`${cases} 个案例 · ${n} 个地点`);
	}
	const codes = [...new Set(mapped.map((f) => f.properties.admin!.county!))];
	await expect(browse.getByTestId('browse-county')).toHaveCount(codes.length);
	for (const code of codes) {
		const { cases, sites: n } = tally(mapped.filter((f) => f.properties.admin!.county === code));
		await expect(
			browse.locator(`[data-testid=browse-county][data-adcode="${code}"] > [data-testid=tally]`)
		).toHaveText(`${cases} 个案例 · ${n} 个地点`);
	}
	// Sites the county data does not hold are named, not lost.
	const unmapped = sites.features.filter((f) => !mapped.includes(f));
	for (const f of unmapped)
		await expect(browse.getByTestId('browse-elsewhere')).toContainText(f.properties.name_zh);
	// 余杭区 predates the 2021 split: its counts say so.
	if (codes.includes('330110')) await expect(browse.locator('[data-adcode="330110"]')).toContainText('临平');

	// Choosing the county with the most sites fits the map to its polygon.
	const code = codes.reduce((a, b) =>
		mapped.filter((f) => f.properties.admin!.county === b).length >
		mapped.filter((f) => f.properties.admin!.county === a).length
			? b
			: a
	);
	const zoomBefore = urlView(page).zoom;
	await browse.locator(`[data-adcode="${code}"] > a`).click();
	await expect(page).not.toHaveURL(new RegExp(`map=${zoomBefore}/`));
	const [w, s, e, n] = bbox(countyOf.get(code)!);
	await expect(async () => {
		const view = urlView(page);
		expect(view.lng).toBeGreaterThan(w);
		expect(view.lng).toBeLessThan(e);
		expect(view.lat).toBeGreaterThan(s);
		expect(view.lat).toBeLessThan(n);
		expect(view.zoom).toBeGreaterThan(zoomBefore + 1);
	}).toPass();
	// The map itself went there: MapLibre's view holds the whole county, and the county fills most of
	// it along one side (a fit, not a fly to a point inside it).
	await expect(async () => {
		const [vw, vs, ve, vn] = await mapBounds(page);
		expect([vw <= w, vs <= s, ve >= e, vn >= n], 'the view holds the county').toEqual([
			true,
			true,
			true,
			true
		]);
		expect(Math.max((e - w) / (ve - vw), (n - s) / (vn - vs))).toBeGreaterThan(0.5);
	}).toPass();

	// A street: the map flies to its sites, closer than to the county.
	const countyZoom = urlView(page).zoom;
	const street = browse.getByTestId('browse-street').first();
	if ((await street.count()) > 0) {
		await street.locator('a').click();
		await expect(async () => expect(urlView(page).zoom).toBeGreaterThanOrEqual(countyZoom)).toPass();
	}
});

test('a site popup gives its provenance: precision, what the point stands for, source and datum', async ({
	page
}) => {
	const sites = await shippedSites(page);
	// One converted from GCJ-02 and one taken as WGS84, so both forms of the line are seen.
	for (const crs of ['GCJ-02', 'WGS84']) {
		const site = sites.features.find((f) => f.properties.source_crs === crs && f.properties.represents)!;
		const p = site.properties;
		await page.goto(`/#site=${p.id}&lang=en`);
		await waitForReady(page);
		const popup = page.getByTestId('site-popup');
		const km = Math.round(p.precision_m / 100) / 10;
		await expect(popup).toContainText(p.precision_m >= 1000 ? `±${km} km` : `±${p.precision_m} m`);
		await expect(popup).toContainText(p.source);
		if (crs === 'WGS84') await expect(popup).not.toContainText('→ WGS84');
		else await expect(popup).toContainText(`(${crs} → WGS84)`);
		await expect(popup.getByTestId('site-represents')).toHaveText(/^the point is /);
	}
});

test('a site popup links the paragraphs that name it; the reader lands on the paragraph, highlighted', async ({
	page
}) => {
	const sites = await shippedSites(page);
	const { articles } = await shippedArticles(page);
	const names = (f: (typeof sites.features)[number]) => [
		f.properties.name_zh,
		...(f.properties.aliases ?? [])
	];
	// A site named well down its article, so landing there needs a scroll.
	const site = sites.features.find((f) => {
		const article = articles.find((a) => a.id === f.properties.article)!;
		return article.paragraphs.slice(4).some((p) => names(f).some((n) => p.includes(n)));
	})!;
	const article = articles.find((a) => a.id === site.properties.article)!;
	await page.goto(`/#site=${site.properties.id}`);
	await waitForReady(page);
	const links = page.getByTestId('site-popup').getByTestId('paragraph-link');
	await expect(links.first()).toBeVisible();
	const numbers = (await links.allTextContents()).map(Number);
	// The data's own list where it has one; else every listed paragraph names the site, as printed.
	if (site.properties.paragraphs?.length) expect(numbers).toEqual(site.properties.paragraphs);
	else
		for (const n of numbers)
			expect(names(site).some((name) => article.paragraphs[n - 1]!.includes(name))).toBe(true);

	const n = numbers.at(-1)!;
	await links.last().click();
	await expect(page).toHaveURL(new RegExp(`article=${article.id}&p=${n}(&|$)`));
	const paragraph = page.getByTestId('article-reader').locator(`#p-${n}`);
	await expect(paragraph).toHaveAttribute('aria-current', 'location');
	await expect(paragraph).toBeInViewport();
	await expect(paragraph).toBeFocused();
	expect(await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	await expect(page.getByTestId('article-reader').locator('[aria-current=location]')).toHaveCount(1);

	// A paragraph the article does not have: said so, and the article still opens.
	await page.goto(`/#article=${article.id}&p=${article.paragraphs.length + 1}`);
	await expect(page.getByTestId('para-missing')).toContainText(String(article.paragraphs.length));
	await expect(page.getByTestId('article-reader').locator('h2')).toHaveText(article.title);
});

test('camera traps are generalised to grid cells at high zoom, and the UI says why', async ({ page }) => {
	const monitoring = await shippedMonitoring(page);
	const cameras = monitoring.features.filter((f) => f.properties.kind === 'camera') as Feature<Point>[];
	const camera = cameras[0]!;
	const [lng, lat] = camera.geometry.coordinates as [number, number];
	await page.goto(`/#map=${CAMERA_GENERALISE_ZOOM + 1}/${lat}/${lng}&layers=cameras`);
	await waitForReady(page);
	await expect(page.getByTestId('camera-generalised-note')).toContainText(`${CAMERA_CELL_KM} 公里`);

	const cell = page.getByTestId('camera-cell-popup');
	await expect
		.poll(
			() => drawnAtCentre(page, 'monitoring-camera-cell-fill'),
			'the camera’s cell is drawn under the pointer'
		)
		.not.toEqual([]);
	await clickMapCentre(page);
	await expect(cell).toBeVisible();
	await expect(page.getByTestId('monitoring-popup')).toHaveCount(0); // the camera's own point is not drawn
	await expect(cell).toContainText('盗窃');
	const count = Number(/(\d+) 个样点/.exec((await cell.getByTestId('camera-cell-count').textContent())!)![1]);
	// The cell holds this camera and at most those within a cell's diagonal of it.
	const near = cameras.filter((c) => distance(c, camera) <= CAMERA_CELL_KM * Math.SQRT2).length;
	expect(count).toBeGreaterThanOrEqual(1);
	expect(count).toBeLessThanOrEqual(near);

	// Zoomed out, the point itself is drawn and opens its own popup.
	await page.goto(`/#map=${CAMERA_GENERALISE_ZOOM - 2}/${lat}/${lng}&layers=cameras`);
	await waitForReady(page);
	await expect
		.poll(() => drawnAtCentre(page, 'monitoring-camera'), 'the camera point is drawn under the pointer')
		.toContain(String(camera.properties!['id']));
	await clickMapCentre(page);
	await expect(page.getByTestId('monitoring-popup')).toBeVisible();
	await expect(cell).toHaveCount(0);
});
