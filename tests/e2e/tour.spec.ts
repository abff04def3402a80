import { CASE_FACETS } from '../../src/lib/data/themes';
import type { SitesFile } from '../../src/lib/data/types';
import { expect, shippedArticles, shippedSites, test, waitForReady } from './fixtures';
import { mapBounds } from './map-probe';
import type { Page } from '@playwright/test';

/** The map shows every site of the case (its partners may lie far away and need not be in view). */
async function expectCaseInView(page: Page, sites: SitesFile, article: string) {
	const own = sites.features.filter(
		(f) => f.properties.article === article && f.properties.role !== 'partner'
	);
	expect(own.length).toBeGreaterThan(0);
	await expect
		.poll(async () => {
			const [w, s, e, n] = await mapBounds(page);
			return own.every(
				({
					geometry: {
						coordinates: [x, y]
					}
				}) => x! >= w && x! <= e && y! >= s && y! <= n
			);
		})
		.toBe(true);
	// Fitted, not left at province scale: the URL view follows the map to the case.
	await expect.poll(() => Number(/map=([\d.]+)\//.exec(page.url())?.[1])).toBeGreaterThan(8);
}

test('the tour walks through the six cases in page order with the map following', async ({ page }) => {
	const articles = (await shippedArticles(page)).articles.slice().sort((a, b) => a.order - b.order);
	const sites = await shippedSites(page);
	await page.goto('/');
	await waitForReady(page);

	await page.getByTestId('tour-start').focus();
	await page.keyboard.press('Enter');
	const tour = page.getByTestId('case-tour');
	const reader = page.getByTestId('article-reader');
	for (const [i, article] of articles.entries()) {
		await expect(page).toHaveURL(new RegExp(`article=${article.id}.*tour=1`));
		await expect(page.getByTestId('tour-step')).toHaveText(`${i + 1} / ${articles.length}`);
		await expect(reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
		await expectCaseInView(page, sites, article.id);
		if (i < articles.length - 1) {
			// Keyboard: focus stays on Next while the reader opens each case, so Enter walks on.
			await expect(page.getByTestId('tour-next')).toBeFocused();
			await page.keyboard.press('Enter');
		}
	}
	await expect(page.getByTestId('tour-next')).toBeDisabled();

	await tour.getByTestId('tour-prev').click();
	await expect(page).toHaveURL(new RegExp(`article=${articles.at(-2)!.id}`));
	await expectCaseInView(page, sites, articles.at(-2)!.id);

	// Back returns to the step before, as any opened article does.
	await page.goBack();
	await expect(page.getByTestId('tour-step')).toHaveText(`${articles.length} / ${articles.length}`);

	await page.getByTestId('tour-exit').click();
	await expect(page).not.toHaveURL(/tour=1/);
	await expect(page.getByTestId('case-tour')).toHaveCount(0);
});

test('the tour respects the filters and restores from a link', async ({ page }) => {
	const articles = (await shippedArticles(page)).articles.slice().sort((a, b) => a.order - b.order);
	const hangzhou = articles.filter((a) => CASE_FACETS[a.id].city === 'hangzhou');
	expect(hangzhou.length).toBeGreaterThan(1);
	await page.goto('/#city=hangzhou');
	await waitForReady(page);
	await page.getByTestId('tour-start').click();
	await expect(page.getByTestId('tour-step')).toHaveText(`1 / ${hangzhou.length}`);
	await expect(page).toHaveURL(new RegExp(`article=${hangzhou[0]!.id}`));

	await page.getByTestId('tour-next').click();
	await expect(page).toHaveURL(new RegExp(`article=${hangzhou[1]!.id}`));
	await page.reload();
	await waitForReady(page);
	await expect(page.getByTestId('tour-step')).toHaveText(`2 / ${hangzhou.length}`);
	await expect(page.getByTestId('article-reader').getByRole('heading', { level: 2 })).toHaveText(
		hangzhou[1]!.title
	);
});
