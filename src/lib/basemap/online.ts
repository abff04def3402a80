/**
 * The online basemaps a reader may choose instead of the offline one. No DOM, no map: unit-tested in
 * Node. vite.config.ts builds its CSP from ONLINE_HOSTS.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapKey } from '../url/hash';

export type OnlineBasemap = Exclude<BasemapKey, 'offline'>;

/** Every origin an online basemap may touch; the CSP allows these and nothing else. */
export const ONLINE_HOSTS: Record<OnlineBasemap, string> = {
	openfreemap: 'https://tiles.openfreemap.org',
	osm: 'https://tile.openstreetmap.org'
};

export const OPENFREEMAP_STYLE_URL = `${ONLINE_HOSTS.openfreemap}/styles/liberty`;
export const OSM_TILE_URL = `${ONLINE_HOSTS.osm}/{z}/{x}/{y}.png`;
export const OSM_ATTRIBUTION =
	'<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>';

export const BASEMAP_NAMES: Record<BasemapKey, { zh: string; en: string }> = {
	offline: { zh: '离线底图', en: 'Offline basemap' },
	openfreemap: { zh: 'OpenFreeMap（在线）', en: 'OpenFreeMap (online)' },
	osm: { zh: 'OpenStreetMap 栅格（在线）', en: 'OpenStreetMap raster (online)' }
};

/** OSM's raster tiles: no labels, no glyph server (the app's labels get their fonts from withAppFonts). */
export function osmRasterStyle(): StyleSpecification {
	return {
		version: 8,
		name: 'OpenStreetMap raster',
		sources: {
			'osm-raster': {
				type: 'raster',
				tiles: [OSM_TILE_URL],
				tileSize: 256,
				maxzoom: 19,
				attribution: OSM_ATTRIBUTION
			}
		},
		layers: [{ id: 'osm-raster', type: 'raster', source: 'osm-raster' }]
	};
}

/**
 * An online style that still draws the app's own labels. Their `text-font` (the offline font) is one
 * no online glyph server has: asked for it, OpenFreeMap's answers 404 and the site names vanish. The
 * offline style's `font-faces` go along instead, and MapLibre draws a code point from a declared file
 * before it asks the glyph server, so the labels keep the atlas's font, from its own origin (the CSP's
 * font-src 'self'). The basemap's own fonts are not declared, so its labels still use its glyphs.
 */
export function withAppFonts(
	style: StyleSpecification,
	appFonts: StyleSpecification['font-faces']
): StyleSpecification {
	if (!appFonts) return style;
	return { ...style, 'font-faces': { ...appFonts, ...style['font-faces'] } };
}

/**
 * Checks a fetched style before the map sees it: it must be a version 8 style whose every URL
 * (sources, sprite, glyphs) stays on the basemap's own host, which the CSP allows.
 */
export function checkOnlineStyle(json: unknown, key: OnlineBasemap): StyleSpecification {
	const style = json as Partial<StyleSpecification> | null;
	if (!style || typeof style !== 'object' || style.version !== 8)
		throw new Error('the style is not a MapLibre style (version 8)');
	if (!style.sources || typeof style.sources !== 'object' || !Array.isArray(style.layers))
		throw new Error('the style has no sources or layers');
	const host = ONLINE_HOSTS[key];
	const off = styleUrls(style as StyleSpecification).filter((url) => !sameOrigin(url, host));
	if (off.length) throw new Error(`the style asks for another host (${off[0]})`);
	return style as StyleSpecification;
}

function styleUrls(style: StyleSpecification): string[] {
	const urls: string[] = [];
	for (const source of Object.values(style.sources)) {
		const s = source as { url?: string; tiles?: string[]; urls?: string[] };
		if (s.url) urls.push(s.url);
		urls.push(...(s.tiles ?? []), ...(s.urls ?? []));
	}
	const sprite = style.sprite;
	if (typeof sprite === 'string') urls.push(sprite);
	else if (Array.isArray(sprite)) urls.push(...sprite.map((s) => s.url));
	if (style.glyphs) urls.push(style.glyphs);
	return urls;
}

function sameOrigin(url: string, origin: string): boolean {
	try {
		return new URL(url.replace(/[{}]/g, '_')).origin === origin;
	} catch {
		return false;
	}
}
