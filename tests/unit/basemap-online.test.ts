import { readFileSync } from 'node:fs';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { appPart, basemapIds, withAppPart } from '../../src/lib/map/app-part';
import {
	checkOnlineStyle,
	ONLINE_HOSTS,
	OSM_ATTRIBUTION,
	osmRasterStyle
} from '../../src/lib/basemap/online';

const offline: StyleSpecification = {
	version: 8,
	sources: { land: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
	'font-faces': { 'Noto Sans CJK SC Regular': 'http://localhost/basemap/fonts/x.woff2' },
	layers: [
		{ id: 'basemap-background', type: 'background' },
		{ id: 'basemap-land', type: 'fill', source: 'land' }
	]
};
const sites: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
/** The offline style as the map holds it once the app has added its part. */
const running: StyleSpecification = {
	...offline,
	sources: { ...offline.sources, sites },
	layers: [
		...offline.layers,
		{ id: 'site-halo', type: 'circle', source: 'sites', filter: ['==', ['get', 'id'], 'x'] },
		{ id: 'site-circle', type: 'circle', source: 'sites', layout: { visibility: 'none' } }
	]
};

describe('the app part of a running style', () => {
	it('is everything the basemap did not bring, in order and with its current state', () => {
		const part = appPart(running, basemapIds(offline));
		expect(Object.keys(part.sources)).toEqual(['sites']);
		expect(part.layers.map((l) => l.id)).toEqual(['site-halo', 'site-circle']);
		expect(part.layers[1]!.layout).toEqual({ visibility: 'none' });
	});

	it('rides on top of the next basemap, which keeps its own layers below', () => {
		const { style, base } = withAppPart(osmRasterStyle(), appPart(running, basemapIds(offline)));
		expect(style.layers.map((l) => l.id)).toEqual(['osm-raster', 'site-halo', 'site-circle']);
		expect(Object.keys(style.sources).sort()).toEqual(['osm-raster', 'sites']);
		expect([...base.sources]).toEqual(['osm-raster']);
		expect([...base.layers]).toEqual(['osm-raster']);
	});

	it('keeps its ids when the next basemap uses the same ones: the basemap is renamed instead', () => {
		const clash: StyleSpecification = {
			version: 8,
			sources: { sites: { type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] } },
			layers: [{ id: 'site-circle', type: 'raster', source: 'sites' }]
		};
		const { style, base } = withAppPart(clash, appPart(running, basemapIds(offline)));
		expect(style.sources.sites).toEqual(sites);
		expect(style.layers[0]).toMatchObject({ id: 'basemap:site-circle', source: 'basemap:sites' });
		expect(style.layers.filter((l) => l.id === 'site-circle')).toHaveLength(1);
		expect([...base.layers]).toEqual(['basemap:site-circle']);
	});
});

describe('the OSM raster style', () => {
	it('draws the tiles of tile.openstreetmap.org with the attribution OSM requires', () => {
		const style = osmRasterStyle();
		const source = style.sources['osm-raster'] as { tiles: string[]; attribution: string };
		expect(source.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
		expect(source.attribution).toBe(OSM_ATTRIBUTION);
		expect(OSM_ATTRIBUTION).toContain('© OpenStreetMap contributors');
		expect(checkOnlineStyle(style, 'osm')).toBe(style);
	});
});

describe('a fetched online style', () => {
	const good = {
		version: 8,
		sources: { openmaptiles: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' } },
		sprite: 'https://tiles.openfreemap.org/sprites/ofm_f384/ofm',
		glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
		layers: []
	};
	it('passes when every URL stays on its host', () => {
		expect(checkOnlineStyle(good, 'openfreemap')).toBe(good);
	});
	it.each([
		['not a style', 'nope', /not a MapLibre style/],
		['version 7', { ...good, version: 7 }, /not a MapLibre style/],
		['no layers', { ...good, layers: undefined }, /no sources or layers/],
		[
			'a glyph server elsewhere',
			{ ...good, glyphs: 'https://fonts.example.org/{fontstack}/{range}.pbf' },
			/another host/
		],
		[
			'tiles elsewhere',
			{ ...good, sources: { t: { type: 'raster', tiles: ['https://evil.example/{z}/{x}/{y}.png'] } } },
			/evil\.example/
		],
		['a sprite elsewhere', { ...good, sprite: [{ id: 'x', url: 'https://cdn.example/s' }] }, /another host/],
		[
			'a look-alike host',
			{ ...good, glyphs: 'https://tiles.openfreemap.org.example.com/{fontstack}' },
			/another host/
		]
	])('is refused when it is %s', (_, json, message) => {
		expect(() => checkOnlineStyle(json, 'openfreemap')).toThrow(message);
	});
});

describe('the CSP of the built app', () => {
	it('lets exactly the online basemap hosts through connect-src', () => {
		const config = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
		const line = config.split('\n').find((l) => l.trim().startsWith('"connect-src'))!;
		const hosts = line.match(/https:\/\/[^\s"']+/g);
		expect(hosts?.sort()).toEqual(Object.values(ONLINE_HOSTS).sort());
	});
});
