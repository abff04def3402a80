import type { Page } from '@playwright/test';
import { expect, shippedArticles, shippedEnglish, shippedSites, test } from './fixtures';

// Search and language need the data, not the drawn map: only the popup test waits for the map, and
// generously, since software WebGL on a shared machine can take most of a minute to get ready.
test.describe.configure({ timeout: 180_000 });
const mapReady = (page: Page) =>
	expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });

const box = (page: Page) => page.getByTestId('search-input');
const results = (page: Page) => page.getByTestId('search-result');

test('汉字: a paragraph result leads to that paragraph of the article, highlighted in the snippet', async ({
	page
}) => {
	const { articles } = await shippedArticles(page);
	const query = '绣花针';
	const article = articles.find((a) => a.paragraphs.some((p) => p.includes(query)))!;
	const para = article.paragraphs.findIndex((p) => p.includes(query)) + 1;
	await page.goto('/');
	await box(page).fill(query);
	const hit = results(page).and(page.locator('[data-kind="paragraph"]')).first();
	await expect(hit.locator('mark').first()).toHaveText(query);
	// The query reaches the URL (replaced, not pushed) once typing pauses.
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
	await hit.click();
	await expect(page).toHaveURL(new RegExp(`article=${article.id}&p=${para}(&|$)`));
	const reader = page.getByTestId('article-reader');
	await expect(reader.locator(`#p-${para}`)).toHaveText(article.paragraphs[para - 1]!);
});

test('pinyin: full "anji" and initials "aj" find 安吉; the keyboard opens a site result in its popup', async ({
	page
}) => {
	const sites = await shippedSites(page);
	await page.goto('/');
	await mapReady(page);
	for (const query of ['anji', 'aj']) {
		await box(page).fill(query);
		await expect(results(page).first(), query).toBeVisible();
		await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText('安吉');
		await expect(page.getByTestId('search-results')).toContainText('安吉县孝源街道 专班推进抓落实');
	}
	const first = results(page).first();
	await expect(first).toHaveAttribute('data-kind', 'site');
	const name = (await first.locator('.label').textContent())!.trim();
	const site = sites.features.find((f) => f.properties.name_zh === name)!;
	await box(page).press('ArrowDown');
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await box(page).press('Enter');
	await expect(page).toHaveURL(new RegExp(`site=${site.properties.id}`));
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
});

test('English: words of the English summaries and site names are found by their beginning', async ({
	page
}) => {
	const { articles } = await shippedArticles(page);
	const article = articles.find((a) => a.summary_en?.includes('bionic'))!;
	await page.goto('/#lang=en');
	await box(page).fill('bioni');
	const hit = results(page).and(page.locator('[data-kind="article"]')).first();
	await expect(hit.locator('.label')).toHaveText(article.title_en!);
	await expect(hit.locator('mark')).toHaveText('bioni'); // what was typed, within "bionic"
	await hit.click();
	await expect(page).toHaveURL(new RegExp(`article=${article.id}`));
	// With lang=en the reader shows the translation, headed by the English title.
	await expect(page.getByTestId('article-reader').getByRole('heading', { level: 2 })).toHaveText(
		article.title_en!
	);

	await box(page).fill('wind farm');
	await expect(results(page).and(page.locator('[data-kind="site"]')).first()).toContainText('Wind Farm');
	await box(page).fill('zzqxj');
	await expect(page.getByTestId('search-empty')).toContainText('Nothing found for “zzqxj”');
});

test('q= round-trips: a link shows its results, Back and Forward bring them back', async ({ page }) => {
	await page.goto(`/#q=${encodeURIComponent('风电场')}`);
	await expect(box(page)).toHaveValue('风电场');
	await expect(results(page).first()).toBeVisible();
	await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText('风电场');

	await results(page).and(page.locator('[data-kind="paragraph"]')).first().click();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await expect(page.getByTestId('search-results')).toHaveCount(0); // the reader has the pane
	await page.goBack();
	await expect(page.getByTestId('article-reader')).toHaveCount(0);
	await expect(page).toHaveURL(/q=/);
	await expect(results(page).first()).toBeVisible();
	await page.goForward();
	await expect(page.getByTestId('article-reader')).toBeVisible();

	// A new query replaces the old one in the URL: Back does not step through every keystroke.
	await page.goto(`/#q=${encodeURIComponent('风电场')}`);
	await box(page).fill('庆元');
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent('庆元')}`));
	await box(page).fill('');
	await expect(page).not.toHaveURL(/q=/);
	await expect(page.getByTestId('search-results')).toHaveCount(0);
});

test('the language switch changes the UI and the article text, stays in the URL and a reload', async ({
	page
}) => {
	const { articles } = await shippedArticles(page);
	const english = await shippedEnglish(page);
	const article = articles[0]!;
	await page.goto(`/#article=${article.id}&zzz=1`);
	await expect(page.locator('h1')).toContainText('浙江基层治理案例地图');
	await expect(page.getByTestId('messages')).toContainText('链接中被忽略');
	await expect(page.getByTestId('article-summary')).toHaveCount(0);

	await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/lang=en/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('messages')).toContainText('Ignored in the link: unknown parameter “zzz”');
	await expect(box(page)).toHaveAttribute('placeholder', /Search titles/);
	await expect(page).toHaveTitle(`${article.title_en} · Zhejiang Case Atlas`);
	// The legend's cities too: every one in English, none left in Chinese.
	const legendCities = page.getByTestId('legend').locator('.cities li');
	await expect(legendCities.first()).toBeVisible();
	for (const name of await legendCities.allTextContents()) expect(name.trim()).toMatch(/^[A-Z][a-z]+$/);

	await page.reload();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
	const summary = page.getByTestId('article-summary');
	await expect(summary).toContainText(article.title_en!);
	await expect(summary).toContainText(article.summary_en!);
	const reader = page.getByTestId('article-reader');
	const en = english.articles.find((a) => a.id === article.id)!;
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(en.title);
	for (const [i, text] of en.paragraphs.entries())
		await expect(reader.locator(`#p-${i + 1}`)).toHaveText(text);

	await page.getByRole('button', { name: '中文' }).click();
	// Back in Chinese, the text as printed.
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(article.title);
	for (const [i, text] of article.paragraphs.entries())
		await expect(reader.locator(`#p-${i + 1}`)).toHaveText(text);
	await expect(page).not.toHaveURL(/lang=/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(box(page)).toHaveAttribute('placeholder', /搜索/);
	await expect(summary).toHaveCount(0);
});

test('the first view carries no search code or pinyin: they load when the box is first used', async ({
	page
}) => {
	const lazy: string[] = [];
	page.on('request', (r) => {
		if (/pinyin\.json|minisearch|\/load-[\w-]+\.js/.test(r.url())) lazy.push(r.url());
	});
	await page.goto('/');
	await expect(page.getByTestId('case-list')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(lazy).toEqual([]);
	const code = page.waitForRequest(/assets\/load-[\w-]+\.js/);
	const pinyin = page.waitForRequest(/data\/pinyin\.json/);
	await box(page).focus();
	await Promise.all([code, pinyin]);
	await box(page).fill('aj');
	await expect(results(page).first()).toBeVisible();
});
