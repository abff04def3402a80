/**
 * The app's labels under an online basemap. Their font is the offline one, which no online glyph
 * server has: the style handed to the map must declare it in font-faces for every character a site
 * label can show, or MapLibre asks the basemap's glyph server for it and the label is not drawn.
 */
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/lib/basemap/offline-style';
import { checkOnlineStyle, osmRasterStyle, withAppFonts } from '../../src/lib/basemap/online';
import { appPart, basemapIds, withAppPart } from '../../src/lib/map/app-part';
import { SITE_LABEL_FONT } from '../../src/lib/map/label-text';
import type { SitesFile } from '../../src/lib/data/types';

const offline = basemapStyle({ baseUrl: 'http://localhost/basemap/' });
const sites = JSON.parse(
	readFileSync(new URL('../../static/data/sites.geojson', import.meta.url), 'utf8')
) as SitesFile;

/** The fixture stands in for OpenFreeMap's style; a label layer of its own is added, in a font of its own. */
const fixture = JSON.parse(
	readFileSync(new URL('../fixtures/online-basemap/openfreemap-style.json', import.meta.url), 'utf8')
) as StyleSpecification;
const OWN_FONT = 'Noto Sans Regular';
const openFreeMap = checkOnlineStyle(
	{
		...fixture,
		layers: [
			...fixture.layers,
			{
				id: 'place',
				type: 'symbol',
				source: 'openmaptiles',
				'source-layer': 'place',
				layout: { 'text-font': [OWN_FONT], 'text-field': '{name}' }
			}
		]
	},
	'openfreemap'
);

/** The offline map with the site labels on it, as SiteLabels adds them. */
const siteLabel: SymbolLayerSpecification = {
	id: 'site-label',
	type: 'symbol',
	source: 'site-labels',
	layout: { 'text-font': [SITE_LABEL_FONT], 'text-field': ['get', 'name_zh'] }
};
const running: StyleSpecification = {
	...offline,
	sources: { ...offline.sources, 'site-labels': { type: 'geojson', data: sites } },
	layers: [...offline.layers, siteLabel]
};

/** Every character a site label can show: both names, and the " +12" of a shared point. */
const labelChars = new Set([
	...sites.features.flatMap((f) => [...(f.properties.name_zh + f.properties.name_en)]),
	...' +0123456789'
]);

/** The code points the style's font-faces declare a file for, under one font name. */
function declared(style: StyleSpecification, font: string): (cp: number) => boolean {
	const faces = (style['font-faces']?.[font] ?? []) as { 'unicode-range'?: string[] }[];
	const ranges = faces.flatMap((f) =>
		(f['unicode-range'] ?? []).map((r) => {
			const [a, b] = r.replace(/^U\+/i, '').split('-');
			return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
		})
	);
	return (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
}

describe.each([
	['OpenFreeMap', openFreeMap],
	['the OSM raster', osmRasterStyle()]
])('the style handed to the map on %s', (_, online) => {
	const { style } = withAppPart(
		withAppFonts(online, offline['font-faces']),
		appPart(running, basemapIds(offline))
	);
	const appSymbols = style.layers.filter(
		(l): l is SymbolLayerSpecification => l.type === 'symbol' && !online.layers.some((o) => o.id === l.id)
	);

	it('is a valid style that keeps the basemap’s own glyph server', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBe(online.glyphs);
	});

	it('declares a file for every character of every site label, in the font the label asks for', () => {
		expect(appSymbols.map((l) => l.id)).toEqual(['site-label']);
		for (const layer of appSymbols) {
			const fonts = layer.layout!['text-font'] as string[];
			const covered = (ch: string) => fonts.some((font) => declared(style, font)(ch.codePointAt(0)!));
			expect(
				[...labelChars].filter((ch) => !covered(ch)),
				layer.id
			).toEqual([]);
		}
	});

	it('leaves the basemap’s own fonts to its glyph server', () => {
		expect(Object.keys(style['font-faces'] ?? {})).not.toContain(OWN_FONT);
	});
});
