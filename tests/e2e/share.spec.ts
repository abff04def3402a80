import type { FeatureCollection } from 'geojson';
import { expect, shippedArticles, test, waitForReady } from './fixtures';

test.beforeEach(async ({ context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const clipboard = (page: import('@playwright/test').Page) =>
	page.evaluate(() => navigator.clipboard.readText());

test('"Copy link" copies the URL of the current view and says so', async ({ page }) => {
	await page.goto('/#city=lishui&layers=areas');
	await waitForReady(page);
	await expect(page).toHaveURL(/map=/);
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('copy-status')).toContainText(/已复制|Copied/);
	const copied = await clipboard(page);
	expect(copied).toBe(page.url());
	expect(copied).toMatch(/map=[\d.]+\/[\d.]+\/[\d.]+/);
	expect(copied).toContain('city=lishui');

	// The copied link opens the same state.
	await page.goto('about:blank');
	await page.goto(copied);
	await waitForReady(page);
	await expect(page.getByTestId('filter-city-lishui')).toBeChecked();
});

test('"Copy citation" copies authors and title as printed and names no invented outlet', async ({ page }) => {
	const file = await shippedArticles(page);
	for (const article of [file.articles[0]!, file.articles.at(-1)!]) {
		await page.goto(`/#article=${article.id}`);
		await waitForReady(page);
		await page.getByTestId('copy-citation').click();
		await expect(page.getByTestId('copy-status')).toContainText(/已复制|Copied/);
		const text = await clipboard(page);
		expect(text).toContain(`《${article.title}》`);
		for (const author of article.authors) expect(text).toContain(author);
		if (file.source.outlet) expect(text).toContain(file.source.outlet);
		else expect(text).toMatch(/未印刊名|does not print/);
		await expect(page.getByTestId('citation')).toHaveText(text);
	}
	// No case open: nothing to cite.
	await page.goto('/');
	await expect(page.getByTestId('copy-citation')).toHaveCount(0);
});

test('without a clipboard the link is shown selected for copying by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) }
		});
	});
	await page.goto('/#lang=en');
	await waitForReady(page);
	await page.getByTestId('copy-link').click();
	const field = page.getByTestId('copy-fallback');
	await expect(field).toBeVisible();
	await expect(field).toHaveValue(page.url());
	await expect(field).toBeFocused();
	expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
		page.url().length
	);
	await expect(page.getByTestId('share-cite')).toContainText('The clipboard is not available');
});

test('every layer downloads as valid GeoJSON from the app itself', async ({ page }) => {
	await page.goto('/');
	await waitForReady(page);
	const links = page.getByTestId('downloads').locator('a[download]');
	await expect(links).toHaveCount(2);
	for (const link of await links.all()) {
		const href = (await link.getAttribute('href'))!;
		const url = new URL(href, page.url());
		expect(url.origin).toBe(new URL(page.url()).origin);
		const response = await page.request.get(url.href);
		expect(response.ok()).toBe(true);
		const json = (await response.json()) as FeatureCollection;
		expect(json.type).toBe('FeatureCollection');
		expect(json.features.length).toBeGreaterThan(0);
		for (const f of json.features) {
			expect(f.type).toBe('Feature');
			expect(['Point', 'LineString', 'Polygon']).toContain(f.geometry.type);
		}
	}
	// A real download, named after the file.
	const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
	expect(download.suggestedFilename()).toMatch(/\.geojson$/);
});
