import type { Map as MapLibreMap } from 'maplibre-gl';
import { expect, loneSite, shippedSites, test, waitForInteractive, waitForReady } from './fixtures';
import { drawnAtCentre } from './map-probe';
import { PANEL_AT_LATEST_MS } from '../../src/lib/map/phases';

/**
 * Runs before the app: at each data-state the map reaches, notes which layers MapLibre has drawn
 * (queryRenderedFeatures reads the last frame), and in which state the case list was first there.
 */
function recordPhases() {
	const w = window as unknown as Record<string, unknown> & { __atlasMap?: MapLibreMap };
	const phases: { state: string; drawn: string[] }[] = [];
	w.__phases = phases;
	new MutationObserver((records) => {
		for (const r of records) {
			const state = (r.target as Element).getAttribute?.('data-state');
			if (!state || phases.at(-1)?.state === state) continue;
			const drawn = new Set((w.__atlasMap?.queryRenderedFeatures() ?? []).map((f) => f.layer.id));
			phases.push({ state, drawn: [...drawn].sort() });
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
	new MutationObserver(() => {
		if (w.__listWhile === undefined && document.querySelector('[data-testid="case-list"]')) {
			w.__listWhile = document.querySelector('[data-testid="map"]')?.getAttribute('data-state');
			w.__listAt = performance.now();
		}
	}).observe(document, { subtree: true, childList: true });
}

test('the first view comes in two phases: sites clickable first, then names, monitoring and arcs', async ({
	page
}) => {
	await page.addInitScript(recordPhases);
	// Tiles that take a while keep the map loading long after the panel's code has arrived: the list
	// must still wait for the map (it is mounted once the sites are clickable).
	await page.route('**/basemap/tiles/**', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.goto('/');
	await waitForReady(page);
	const { phases, listWhile, listAt } = await page.evaluate(() => {
		const w = window as unknown as {
			__phases: { state: string; drawn: string[] }[];
			__listWhile: string;
			__listAt: number;
		};
		return { phases: w.__phases, listWhile: w.__listWhile, listAt: w.__listAt };
	});
	expect(phases.map((p) => p.state)).toEqual(['interactive', 'ready']);
	const [interactive, ready] = phases as [(typeof phases)[0], (typeof phases)[0]];
	// Phase one: ground, water, boundaries and the sites, and no name of any kind.
	expect(interactive.drawn).toContain('site-circle');
	expect(interactive.drawn).toContain('basemap-land');
	expect(interactive.drawn.filter((id) => id.includes('label'))).toEqual([]);
	expect(interactive.drawn.filter((id) => /^(monitoring|connection|site-precision)/.test(id))).toEqual([]);
	// Phase two adds them: the basemap's names, the sites' labels, the wind farm and the arcs.
	for (const id of ['basemap-label-city', 'site-label', 'monitoring-wind-farm', 'connection-arc'])
		expect(ready.drawn, id).toContain(id);
	// The case list costs the map's first frames nothing: it is mounted once the sites are clickable,
	// or, on a machine too busy for that, once the panel's deadline has passed.
	if (listWhile === 'loading') expect(listAt).toBeGreaterThanOrEqual(PANEL_AT_LATEST_MS);
	await expect(page.getByTestId('case-list')).toBeVisible();
});

test('a site can be clicked from the interactive phase on', async ({ page }) => {
	const site = loneSite(await shippedSites(page));
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=10/${lat}/${lng}`);
	await waitForInteractive(page);
	await expect.poll(() => drawnAtCentre(page, 'site-circle')).toContain(site.properties.id);
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('site-popup')).toContainText(site.properties.name_zh);
});
