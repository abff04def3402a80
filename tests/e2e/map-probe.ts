import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Ask MapLibre what it draws: the handle the app exposes for tests (src/lib/map/test-handle.ts). */
export async function renderedIds(page: Page, layer: string): Promise<string[]> {
	return page.evaluate((layer) => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
	}, layer);
}

/**
 * The ids a layer draws under the map's centre, in the box the app's click handler queries
 * (MapView.svelte): what a click there would pick, once the map has drawn it. Waiting on this, a test
 * clicks once, as a reader clicks what they see, instead of clicking until a popup opens.
 */
export async function drawnAtCentre(page: Page, layer: string): Promise<string[]> {
	return page.evaluate((layer) => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		if (!map.getLayer(layer)) return [];
		const { clientWidth: w, clientHeight: h } = map.getContainer();
		const pad = 6;
		return map
			.queryRenderedFeatures(
				[
					[w / 2 - pad, h / 2 - pad],
					[w / 2 + pad, h / 2 + pad]
				],
				{ layers: [layer] }
			)
			.map((f) => String(f.properties.id));
	}, layer);
}

/** The articles of the sites drawn in the site layer, deduplicated and sorted. */
export async function renderedArticles(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		const ids = map
			.queryRenderedFeatures({ layers: ['site-circle'] })
			.map((f) => String(f.properties.article));
		return [...new Set(ids)].sort();
	});
}

/** West, south, east, north of the map's current view. */
export async function mapBounds(page: Page): Promise<[number, number, number, number]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return map.getBounds().toArray().flat() as [number, number, number, number];
	});
}

/** The camera the URL holds (`map=zoom/lat/lng`), or null. */
export function urlCamera(url: string): { zoom: number; lat: number; lng: number } | null {
	const m = /[#&]map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/.exec(url);
	return m ? { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) } : null;
}

/**
 * Clicks the map's centre once MapLibre has drawn everything it was told to, and returns after MapLibre
 * has handled that click and the frame after it has run, by which time a popup the click opens is in
 * the page. A check that a click opens nothing waits for this instead of a fixed delay.
 */
export async function clickMapCentreSettled(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
	type Waiting = { __atlasClickHandled?: Promise<void> };
	await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		(window as unknown as Waiting).__atlasClickHandled = new Promise<void>((resolve) =>
			map.once('click', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
		);
	});
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await page.evaluate(() => (window as unknown as Waiting).__atlasClickHandled);
}

/** Every layer id of the running style, bottom to top. */
export async function styleLayerIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return map.getStyle().layers.map((l) => l.id);
	});
}
