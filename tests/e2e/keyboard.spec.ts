import { expect, shippedArticles, shippedSites, test, waitForReady } from './fixtures';

test('keyboard only: from page load to a site popup and its article', async ({ page }) => {
	test.slow();
	const sites = await shippedSites(page);
	const articles = await shippedArticles(page);
	const [first, second] = sites.features;
	await page.goto('/');
	await waitForReady(page);

	// Tab until the map has focus; it says which keys it takes, and shows them.
	const canvas = page.locator('canvas.maplibregl-canvas');
	for (let i = 0; i < 20 && !(await canvas.evaluate((c) => c === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(canvas).toBeFocused();
	const helpId = await canvas.getAttribute('aria-describedby');
	await expect(page.locator(`#${helpId}`)).toContainText('] 或 n');
	await expect(page.getByTestId('keyboard-hint')).toBeVisible();

	// ] steps to the first site, then the second: a ring marks it and its name is announced.
	await page.keyboard.press(']');
	await expect(page.getByTestId('site-announcement')).toContainText(first!.properties.name_zh);
	await expect(page.getByTestId('site-focus-ring')).toBeVisible();
	await page.keyboard.press(']');
	await expect(page.getByTestId('site-announcement')).toContainText(second!.properties.name_zh);
	await page.keyboard.press('[');
	await expect(page.getByTestId('site-announcement')).toContainText(first!.properties.name_zh);

	// Enter opens it; focus moves into the popup; Escape closes it and gives focus back to the map.
	await page.keyboard.press('Enter');
	const popup = page.getByTestId('site-popup');
	await expect(popup).toContainText(first!.properties.name_zh);
	await expect(page).toHaveURL(new RegExp(`site=${first!.properties.id}`));
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await expect(canvas).toBeFocused();

	// Again, and this time on to the article, by Tab and Enter only.
	await page.keyboard.press('Enter');
	await expect(popup).toBeVisible();
	const read = page.getByTestId('read-article');
	for (let i = 0; i < 10 && !(await read.evaluate((a) => a === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(read).toBeFocused();
	await page.keyboard.press('Enter');
	const article = articles.articles.find((a) => a.id === first!.properties.article)!;
	await expect(page.getByTestId('article-reader').getByRole('heading', { level: 2 })).toHaveText(
		article.title
	);
});
