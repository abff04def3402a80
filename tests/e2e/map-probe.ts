import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Ask MapLibre what it draws: the handle the app exposes for tests (src/lib/map/test-handle.ts). */
export async function renderedIds(page: Page, layer: string): Promise<string[]> {
	return page.evaluate((layer) => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
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

/** Every layer id of the running style, bottom to top. */
export async function styleLayerIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
		return map.getStyle().layers.map((l) => l.id);
	});
}
