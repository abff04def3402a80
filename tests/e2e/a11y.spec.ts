import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, loneSite, shippedSites, test, waitForReady } from './fixtures';

/** Every WCAG 2.1 A/AA rule axe-core has, on the page as the reader sees it now. */
async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	// Readable on failure: which rule, and where.
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}

test.describe('no axe-core violations on the main views', () => {
	test.slow();

	test('the explorer as it opens, in Chinese and in English', async ({ page }) => {
		await page.goto('/');
		await waitForReady(page);
		expect(await violations(page)).toEqual([]);
		await page.goto('/#lang=en&layers=areas,transects,cameras,connections');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(await violations(page)).toEqual([]);
	});

	test('a site’s popup and its article in the reader', async ({ page }) => {
		const site = loneSite(await shippedSites(page));
		await page.goto(`/#site=${site.properties.id}`);
		await waitForReady(page);
		await expect(page.getByTestId('site-popup')).toBeVisible();
		expect(await violations(page)).toEqual([]);
		await page.getByTestId('read-article').click();
		await expect(page.getByTestId('article-reader')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});

	test('the reader in English and with both languages side by side', async ({ page }) => {
		await page.goto('/#article=qingyuan-gep-vep&lang=en');
		await waitForReady(page);
		await expect(page.getByTestId('translation-notice')).toBeVisible();
		expect(await violations(page)).toEqual([]);
		await page.getByTestId('text-both').click();
		await expect(page.getByTestId('article-reader')).toHaveAttribute('data-text', 'both');
		expect(await violations(page)).toEqual([]);
	});

	test('search results', async ({ page }) => {
		await page.goto('/#q=安吉');
		await waitForReady(page);
		await page.getByTestId('search-input').focus();
		await expect(page.getByRole('listbox')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});

test.describe('no axe-core violations on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test.slow();

	test('the map with the bottom sheet open', async ({ page }) => {
		await page.goto('/');
		await waitForReady(page);
		await page.getByTestId('sheet-handle').tap();
		await expect(page.getByTestId('case-list')).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
});
