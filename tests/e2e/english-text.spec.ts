import type { Page } from '@playwright/test';
import { expect, shippedArticles, shippedEnglish, test } from './fixtures';

// The reader and the search need the data, not the drawn map; only the site link waits for the map.
test.describe.configure({ timeout: 180_000 });
const reader = (page: Page) => page.getByTestId('article-reader');

test('lang=en: the reader shows the English translation, says whose it is, and links its place names', async ({
	page
}) => {
	const english = await shippedEnglish(page);
	const { articles } = await shippedArticles(page);
	const article = articles[0]!;
	const en = english.articles.find((a) => a.id === article.id)!;
	await page.goto(`/#article=${article.id}&lang=en`);
	await expect(reader(page)).toHaveAttribute('data-text', 'en');
	await expect(reader(page).getByRole('heading', { level: 2 })).toHaveText(en.title);
	await expect(page.getByTestId('translation-notice')).toHaveText(english.notice);
	await expect(page.getByTestId('translation-notice')).toContainText('not by the newspaper');
	for (const [i, text] of en.paragraphs.entries())
		await expect(reader(page).locator(`#p-${i + 1}`)).toHaveText(text);
	await expect(reader(page)).toHaveAttribute('lang', 'en');

	// A place name in the English leads to its site, as in the Chinese.
	const link = reader(page).locator('#p-1').getByRole('link', { name: 'Meishan Subdistrict' }).first();
	await link.click();
	await expect(page).toHaveURL(/site=meishan-street/);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
	await expect(page.getByTestId('site-popup')).toContainText('梅山街道');
});

test('the switch shows Chinese and English side by side, keeps p= and the URL', async ({ page }) => {
	const english = await shippedEnglish(page);
	const { articles } = await shippedArticles(page);
	const article = articles[3]!;
	const en = english.articles.find((a) => a.id === article.id)!;
	await page.goto(`/#article=${article.id}&p=3`);
	await expect(reader(page)).toHaveAttribute('data-text', 'zh');
	await expect(page.getByTestId('translation-notice')).toHaveCount(0);
	await page.getByTestId('text-both').click();
	await expect(page).toHaveURL(/text=both/);
	await expect(page.getByTestId('text-both')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('translation-notice')).toContainText('并非报纸的译文');
	const target = reader(page).locator('#p-3');
	await expect(target).toHaveAttribute('aria-current', 'location');
	const zh = target.locator('p[lang="zh-Hans"]');
	const enP = target.locator('p[lang="en"]');
	await expect(zh).toHaveText(article.paragraphs[2]!);
	await expect(enP).toHaveText(en.paragraphs[2]!);
	// Side by side on a desktop: the English starts level with the Chinese, to its right.
	const [a, b] = [(await zh.boundingBox())!, (await enP.boundingBox())!];
	expect(Math.abs(a.y - b.y)).toBeLessThan(2);
	expect(b.x).toBeGreaterThan(a.x + a.width - 1);
	await expect(reader(page).locator('figcaption')).toContainText(en.figures[0]!);
	await expect(reader(page).locator('figcaption')).toContainText(article.figures[0]!.caption);

	// Stacked on a phone.
	await page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(async () => (await enP.boundingBox())!.y - (await zh.boundingBox())!.y)
		.toBeGreaterThan(10);
	await page.setViewportSize({ width: 1280, height: 800 });

	await page.getByTestId('text-both').click();
	await expect(page).not.toHaveURL(/text=/);
	await expect(reader(page).locator('#p-3')).toHaveText(article.paragraphs[2]!);
});

test('an English search finds a paragraph by the words of its translation and opens it there', async ({
	page
}) => {
	const english = await shippedEnglish(page);
	const query = 'embroidery needle';
	const en = english.articles.find((a) => a.paragraphs.some((p) => p.includes(query)))!;
	const para = en.paragraphs.findIndex((p) => p.includes(query)) + 1;
	await page.goto('/#lang=en');
	await page.getByTestId('search-input').fill(query);
	const hit = page.getByTestId('search-result').and(page.locator(`[data-kind="paragraph"]`)).first();
	await expect(hit.locator('mark').first()).toHaveText(/embroidery/i);
	await hit.click();
	await expect(page).toHaveURL(new RegExp(`article=${en.id}&p=${para}(&|$)`));
	await expect(reader(page).locator(`#p-${para}`)).toHaveText(en.paragraphs[para - 1]!);
	await expect(reader(page).locator(`#p-${para}`)).toHaveAttribute('aria-current', 'location');
});

test('the opening view and a Chinese reader do not fetch the English full text', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('articles-en.json')) fetched.push(r.url());
	});
	const { articles } = await shippedArticles(page);
	await page.goto('/');
	await expect(page.getByTestId('case-list')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.goto(`/#article=${articles[1]!.id}`);
	await expect(reader(page)).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(fetched).toEqual([]);
	const request = page.waitForRequest(/data\/articles-en\.json/);
	await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
	await request;
	await expect(reader(page)).toHaveAttribute('data-text', 'en');
});
