import {
	clickMapCentre,
	expect,
	loneSite,
	shippedArticles,
	shippedSites,
	test,
	waitForReady
} from './fixtures';

// The one spec that lets the built app's service worker run (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after a first visit the app works offline: map, sites, a popup and an article', async ({
	page,
	context
}) => {
	test.slow(); // two first views, the second from the cache
	const sites = await shippedSites(page);
	const articles = await shippedArticles(page);
	const site = loneSite(sites);
	const article = articles.articles.find((a) => a.id === site.properties.article)!;
	const [lng, lat] = site.geometry.coordinates as [number, number];

	await page.goto('/');
	await waitForReady(page);
	// Installed (everything precached) and in control of this page.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	// Proof that the network is gone: a request the cache does not hold fails.
	expect(
		await page.evaluate(() =>
			fetch('/not-cached.txt').then(
				() => 'online',
				() => 'offline'
			)
		)
	).toBe('offline');

	await page.goto(`/#map=12/${lat}/${lng}`);
	await page.reload();
	await waitForReady(page);
	await expect(page.getByTestId('case-list').locator('ul.sites a')).toHaveCount(sites.features.length);
	await expect(async () => {
		await clickMapCentre(page);
		await expect(page.getByTestId('site-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
	await page.getByTestId('read-article').click();
	const reader = page.getByTestId('article-reader');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
	await expect(reader).toContainText(article.paragraphs.at(-1)!);
	await expect(page.getByTestId('messages')).toHaveCount(0);
});
