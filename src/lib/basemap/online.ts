/**
 * The online basemaps a reader may choose instead of the offline one, and the pure style surgery
 * a switch needs: which parts of a running style are the app's, and how they ride over to the next
 * basemap. No DOM, no map: unit-tested in Node. vite.config.ts builds its CSP from ONLINE_HOSTS.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
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

/** OSM's raster tiles; `font-faces` carried from the offline style so the app's own labels still draw. */
export function osmRasterStyle(fontFaces?: StyleSpecification['font-faces']): StyleSpecification {
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
		...(fontFaces ? { 'font-faces': fontFaces } : {}),
		layers: [{ id: 'osm-raster', type: 'raster', source: 'osm-raster' }]
	};
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

/** The ids a basemap style brings: whatever else is on the map belongs to the app. */
export interface BasemapIds {
	sources: Set<string>;
	layers: Set<string>;
}

export function basemapIds(style: StyleSpecification): BasemapIds {
	return { sources: new Set(Object.keys(style.sources)), layers: new Set(style.layers.map((l) => l.id)) };
}

/** The sources and layers the app added over the basemap, in their current order and state. */
export interface AppPart {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
}

export function appPart(running: StyleSpecification, base: BasemapIds): AppPart {
	return {
		sources: Object.fromEntries(Object.entries(running.sources).filter(([id]) => !base.sources.has(id))),
		layers: running.layers.filter((l) => !base.layers.has(l.id))
	};
}

/**
 * The next basemap with the app's part on top, as it was. An id the next basemap also uses is
 * renamed out of the way in the basemap, never in the app part: components address their own ids.
 */
export function withAppPart(
	next: StyleSpecification,
	app: AppPart
): { style: StyleSpecification; base: BasemapIds } {
	const taken = new Set([...Object.keys(app.sources), ...app.layers.map((l) => l.id)]);
	const rename = (id: string) => (taken.has(id) ? `basemap:${id}` : id);
	const sources = Object.fromEntries(Object.entries(next.sources).map(([id, s]) => [rename(id), s]));
	const layers = next.layers.map((l) => {
		const renamed = { ...l, id: rename(l.id) } as LayerSpecification;
		if ('source' in l && typeof l.source === 'string')
			(renamed as { source: string }).source = rename(l.source);
		return renamed;
	});
	return {
		style: { ...next, sources: { ...sources, ...app.sources }, layers: [...layers, ...app.layers] },
		base: { sources: new Set(Object.keys(sources)), layers: new Set(layers.map((l) => l.id)) }
	};
}
