import { createServer, type Server } from 'node:http';
import { expect, loneSite, shippedSites, test, waitForReady } from './fixtures';

/** A page on another origin (another port) that embeds the atlas, as a reader's blog would. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
let host: Server;
let src = '';
test.beforeAll(async () => {
	host = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><title>A blog</title><h1>A blog post</h1>${src}`);
	});
	await new Promise<void>((resolve) => host.listen(HOST_PORT, resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

// The atlas in the frame registers its service worker like anywhere else.
test.use({ serviceWorkers: 'allow' });

test('the embed loads in an iframe on another origin, opens a site, and links to the full atlas', async ({
	page,
	baseURL
}) => {
	test.slow();
	const sites = await shippedSites(page);
	const site = loneSite(sites);
	const [lng, lat] = site.geometry.coordinates as [number, number];
	src = `<iframe src="${baseURL}/#map=12/${lat}/${lng}&embed=1" width="800" height="500" title="atlas"></iframe>`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
	// The map alone: a compact header, no side pane.
	await expect(frame.getByTestId('embed-header')).toBeVisible();
	await expect(frame.getByTestId('case-list')).toBeHidden();
	const full = frame.getByTestId('embed-full-link');
	await expect(full).toHaveAttribute('href', new RegExp(`^${baseURL}/#map=12(\\.\\d+)?/`));
	expect(await full.getAttribute('href')).not.toContain('embed');
	await expect(full).toHaveAttribute('target', '_blank');

	// A site opens in the frame, and its link to the article leads to the full atlas, in a new tab.
	const box = (await page.locator('iframe').boundingBox())!;
	await expect(async () => {
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(frame.getByTestId('site-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(frame.getByTestId('site-popup')).toContainText(site.properties.name_zh);
	const [atlas] = await Promise.all([
		page.context().waitForEvent('page'),
		frame.getByTestId('read-article').click()
	]);
	await atlas.waitForLoadState();
	expect(atlas.url()).toContain(`article=${site.properties.article}`);
	expect(atlas.url()).not.toContain('embed');
	await waitForReady(atlas);
	await expect(atlas.getByTestId('article-reader')).toBeVisible();

	// The service worker registers from inside the frame: the embed works offline after a visit too.
	const frameHandle = page.frame({ url: (u) => u.port === new URL(baseURL!).port })!;
	expect(await frameHandle.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active))).toBe(true);
});

test('"Copy embed code" gives an iframe of the current view', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/#map=8/28/120&layers=areas');
	await waitForReady(page);
	await page.getByTestId('copy-embed').click();
	await expect(page.getByTestId('copy-status')).toContainText(/已复制|Copied/);
	const snippet = await page.evaluate(() => navigator.clipboard.readText());
	expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+"[^>]*><\/iframe>$/);
	const iframeSrc = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
	expect(iframeSrc.startsWith(`${baseURL}/#map=`)).toBe(true);
	expect(iframeSrc).toContain('layers=areas');
	expect(iframeSrc).toMatch(/&embed=1$/);
	// The snippet's link opens the embed.
	await page.goto(iframeSrc);
	await waitForReady(page);
	await expect(page.getByTestId('embed-header')).toBeVisible();
	await expect(page.locator('.side-pane')).toBeHidden();
});
