/**
 * The shipped basemap and the style built from it, checked together: the style validates, every
 * font and source it names exists, the font subset covers every label, and the sizes fit the budget.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	BASEMAP_ATTRIBUTION,
	BASEMAP_OBJECTS,
	BASEMAP_TOPOJSON,
	FONT_PARTS,
	fontFile,
	TILE_LAYERS,
	type BasemapFont
} from '../../src/lib/basemap/files';
import {
	BASEMAP_LAYER_IDS,
	BASEMAP_SOURCE,
	basemapStyle,
	loadBasemap
} from '../../src/lib/basemap/offline-style';
import { openingSiteText } from '../../geo/basemap/opening-text';
import { tileLayerData } from '../../geo/basemap/tile-layers';
import type { SitesFile } from '../../src/lib/data/types';

const dir = new URL('../../static/basemap/', import.meta.url);
const topojsonText = readFileSync(new URL(BASEMAP_TOPOJSON, dir), 'utf8');
const topology = JSON.parse(topojsonText) as Topology;
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
const sites = JSON.parse(
	readFileSync(new URL('../../static/data/sites.geojson', import.meta.url), 'utf8')
) as SitesFile;
const style = basemapStyle({ baseUrl: 'https://example.test/basemap/' });
const symbols = style.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');

describe('basemap style', () => {
	it('passes MapLibre style-spec validation', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('has the exported layer ids in order, each on a tile layer that exists', () => {
		expect(style.layers.map((l) => l.id)).toEqual([...BASEMAP_LAYER_IDS]);
		for (const l of style.layers.filter((l) => 'source' in l)) {
			expect(l).toMatchObject({ source: BASEMAP_SOURCE });
			expect(TILE_LAYERS).toContain((l as { 'source-layer': string })['source-layer']);
		}
	});

	it('reads the tiles shipped beside it, within their bounds and zooms, and credits its sources', () => {
		expect(style.sources[BASEMAP_SOURCE]).toMatchObject({
			type: 'vector',
			tiles: ['https://example.test/basemap/tiles/{z}/{x}/{y}.pbf'],
			attribution: BASEMAP_ATTRIBUTION
		});
	});

	it('declares in font-faces every text-font it uses, and needs no glyph server', () => {
		expect(style.glyphs).toBeUndefined();
		const declared = Object.keys(style['font-faces'] ?? {});
		const used = new Set(symbols.flatMap((l) => l.layout?.['text-font'] as string[]));
		expect(used.size).toBeGreaterThan(0);
		for (const font of used) expect(declared).toContain(font);
		for (const [name, faces] of Object.entries(style['font-faces']!)) {
			const list = faces as { url: string; 'unicode-range'?: string[] }[];
			expect(list.map((f) => f.url)).toEqual(
				FONT_PARTS.map((part) => `https://example.test/basemap/fonts/${fontFile(name as BasemapFont, part)}`)
			);
			// Every file names its range: MapLibre fetches it only for a glyph in it.
			expect(list.every((f) => f['unicode-range']!.length > 0)).toBe(true);
		}
	});

	it('names towns from z9 and the articles’ villages from z11, under the county and city names', () => {
		const ids = style.layers.map((l) => l.id);
		const town = style.layers.find((l) => l.id === 'basemap-label-town')!;
		const village = style.layers.find((l) => l.id === 'basemap-label-village')!;
		expect([town.minzoom, village.minzoom]).toEqual([9, 11]);
		expect(ids.indexOf('basemap-label-town')).toBeLessThan(ids.indexOf('basemap-label-county'));
		expect(ids.indexOf('basemap-label-village')).toBeLessThan(ids.indexOf('basemap-label-town'));
	});

	it('draws county, city and province lines as separate, non-empty meshes', () => {
		const layers = tileLayerData(topology);
		for (const id of ['county-lines', 'city-lines', 'province-outline'] as const) {
			const data = layers[id] as GeoJSON.MultiLineString;
			expect(data.type).toBe('MultiLineString');
			expect(data.coordinates.length).toBeGreaterThan(10);
		}
	});
});

describe('shipped basemap files', () => {
	type LabelProps = { kind: string; name: string; name_en: string };
	const labels = (topology.objects.labels as unknown as { geometries: { properties: LabelProps }[] })
		.geometries;

	it('holds the named objects, 89 counties and a label for each city and county', () => {
		expect(Object.keys(topology.objects).sort()).toEqual([...BASEMAP_OBJECTS].sort());
		expect((topology.objects.counties as { geometries: unknown[] }).geometries).toHaveLength(89);
		expect(labels.filter((l) => l.properties.kind === 'city')).toHaveLength(11);
		expect(labels.filter((l) => l.properties.kind === 'county')).toHaveLength(89);
		expect(labels.map((l) => l.properties.name)).toEqual(
			expect.arrayContaining(['杭州', '余杭区', '东海', '千岛湖'])
		);
	});

	it('has a font subset built for every label character, the opening view’s in one small file', () => {
		const subset = new Set(manifest.files.fonts.flatMap((f: { chars: string }) => [...f.chars]));
		const needed = new Set(labels.flatMap((l) => [...(l.properties.name + l.properties.name_en)]));
		expect([...needed].filter((ch) => !subset.has(ch))).toEqual([]);
		const first = manifest.files.fonts[0]!;
		expect(first.part).toBe('first');
		expect(first.gzip_bytes).toBeLessThanOrEqual(16 * 1024);
		for (const city of labels.filter((l) => l.properties.kind === 'city'))
			for (const ch of city.properties.name) expect(first.chars).toContain(ch);
		// The site labels the opening view draws too, so it fetches no other file: 余杭街道 +10, …
		const opening = openingSiteText(sites.features);
		expect(opening).toContain('余杭街道');
		for (const ch of opening) expect(first.chars).toContain(ch);
		expect(first.chars).not.toContain('两'); // 重庆两江集团 shows from z8 only: the 'sites' file
	});

	it('ships the fonts and licence the manifest lists, at the sizes it reports, within budget', () => {
		expect(existsSync(new URL('fonts/OFL.txt', dir))).toBe(true);
		for (const f of manifest.files.fonts) expect(statSync(new URL(f.file, dir)).size).toBe(f.bytes);
		// All files together, the 1 255 town names included: only the first loads with the opening view.
		expect(manifest.files.fonts_gzip_bytes_total).toBeLessThanOrEqual(160 * 1024);
		expect(manifest.files.topojson.bytes).toBe(Buffer.byteLength(topojsonText));
		expect(gzipSync(topojsonText, { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
	});

	it('credits the sources, including the county data’s vintage', () => {
		expect(manifest.attribution).toBe(BASEMAP_ATTRIBUTION);
		expect(BASEMAP_ATTRIBUTION).toMatch(/临平/);
		for (const s of manifest.sources) expect(s.licence).toBeTruthy();
	});
});

describe('loadBasemap', () => {
	const fake = (status: number, body: string) => async () => new Response(body, { status });

	it('returns the topology', async () => {
		await expect(loadBasemap('basemap/x.topojson', fake(200, topojsonText))).resolves.toHaveProperty('arcs');
	});
	it('names the file on an HTTP error', async () => {
		await expect(loadBasemap('basemap/x.topojson', fake(404, ''))).rejects.toThrow(
			/basemap\/x\.topojson.*404/
		);
	});
	it('names the file when the body is not JSON', async () => {
		await expect(loadBasemap('basemap/x.topojson', fake(200, '<html>'))).rejects.toThrow(
			/basemap\/x\.topojson.*JSON/
		);
	});
	it('rejects JSON that is not the basemap topology', async () => {
		await expect(
			loadBasemap('basemap/x.topojson', fake(200, '{"type":"Topology","objects":{},"arcs":[]}'))
		).rejects.toThrow(/lacks the objects sea/);
	});
});
