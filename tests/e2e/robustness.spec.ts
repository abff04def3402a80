import { clickMapCentre, expect, loneSite, shippedSites, test, waitForReady } from './fixtures';

test('a missing data file is named, and the rest keeps working', async ({ page }) => {
	await page.route('**/data/sites.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/#article=qingyuan-gep-vep&lang=en');
	await waitForReady(page);
	await expect(page.getByTestId('messages')).toContainText(
		'data/sites.geojson could not be loaded (HTTP 404)'
	);
	await expect(page.getByTestId('article-reader')).toContainText('Baihuayan Wind Farm');
	await expect(page.getByTestId('toggle-cameras')).toBeEnabled();
});

test('a malformed data file is named with what is wrong', async ({ page }) => {
	await page.route('**/data/monitoring-qingyuan.geojson', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}'
		})
	);
	await page.goto('/#lang=en');
	await waitForReady(page);
	await expect(page.getByTestId('messages')).toContainText('data/monitoring-qingyuan.geojson is malformed');
	await expect(page.getByTestId('toggle-cameras')).toBeDisabled();
	await expect(page.getByTestId('case-list')).toBeVisible();
});

test('a failed basemap falls back to a plain ground with a message', async ({ page, guard }) => {
	guard.expectMapErrors(/\b500\b/); // every basemap tile fails, on purpose
	await page.route('**/basemap/tiles/**', (route) => route.fulfill({ status: 500, body: '' }));
	const site = loneSite(await shippedSites(page));
	const [lng, lat] = site.geometry.coordinates;
	await page.goto(`/#map=11/${lat}/${lng}`);
	await waitForReady(page);
	await expect(page.getByTestId('basemap-failure')).toContainText('离线底图无法加载（');
	await expect(page.getByTestId('case-list')).toBeVisible();
	// The case layers still work on the plain ground.
	await expect(async () => {
		await clickMapCentre(page);
		await expect(page.getByTestId('site-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
});

test('a garbage URL opens the explorer and says what it ignored', async ({ page }) => {
	await page.goto('/#map=abc&site=no-such-site&layers=areas,nonsense&zzz=1');
	await waitForReady(page);
	const messages = page.getByTestId('messages');
	await expect(messages).toContainText('map=abc');
	await expect(messages).toContainText('nonsense');
	await expect(messages).toContainText('zzz');
	await expect(messages).toContainText('no-such-site');
	await expect(page.getByTestId('toggle-areas')).toBeChecked();
});

test('the app runs under its own Content-Security-Policy, without eval or inline scripts', async ({
	page
}) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
	expect(csp).toContain("script-src 'self'");
	expect(csp).not.toContain('unsafe-eval');
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	await waitForReady(page); // the guard fails the test on any CSP violation on the way
});

test('markup in data text is shown as text, never run', async ({ page }) => {
	const sites = await shippedSites(page);
	const poison = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
	const site = sites.features[0]!;
	site.properties.name_zh = `梅山${poison}`;
	site.properties.note = 'javascript:window.__pwned=3';
	await page.route('**/data/sites.geojson', (route) => route.fulfill({ json: sites }));
	await page.goto(`/#site=${site.properties.id}`);
	await waitForReady(page);
	const popup = page.getByTestId('site-popup');
	await expect(popup).toContainText(poison);
	await expect(popup.locator('img, script')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the map comes back with its layers after the WebGL context is lost and restored', async ({ page }) => {
	const sites = await shippedSites(page);
	const site = loneSite(sites);
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=12/${lat}/${lng}`);
	await waitForReady(page);
	const map = page.getByTestId('map');
	await page.mouse.move(0, 0); // no hover state in either picture
	const before = await map.screenshot();

	const restored = page.evaluate(
		() =>
			new Promise<boolean>((resolve) => {
				const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
				const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
				const ext = gl?.getExtension('WEBGL_lose_context');
				if (!ext) return resolve(false);
				canvas.addEventListener('webglcontextrestored', () => resolve(true), { once: true });
				canvas.addEventListener('webglcontextlost', () => setTimeout(() => ext.restoreContext(), 300), {
					once: true
				});
				ext.loseContext();
			})
	);
	expect(await restored).toBe(true);
	// Redrawn, not just interactive: the same picture as before the loss.
	await expect(async () => expect((await map.screenshot()).equals(before)).toBe(true)).toPass({
		timeout: 10_000
	});

	await expect(async () => {
		await clickMapCentre(page);
		await expect(page.getByTestId('site-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
});

test('the map is not ready before slow data has arrived, and still gets ready when every data file fails', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/data/sites.geojson', async (route) => {
		const response = await route.fetch();
		await held;
		await route.fulfill({ response });
	});
	const basemap = page.waitForResponse('**/basemap/tiles/**');
	await page.goto('/');
	await basemap;
	await page.waitForTimeout(8000); // the basemap has long been drawn by now
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'loading');
	release();
	await waitForReady(page);

	await page.unrouteAll();
	await page.route('**/data/*', (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto('/?all-data-missing');
	await waitForReady(page);
	await expect(page.getByTestId('messages')).toContainText('data/articles.json');
	await expect(page.getByTestId('messages')).toContainText('data/sites.geojson');
	await expect(page.getByTestId('messages')).toContainText('data/monitoring-qingyuan.geojson');
});
