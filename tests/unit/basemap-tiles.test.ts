/**
 * The basemap tiler: a small topology in, every tile decoded back to GeoJSON out (REGEN=1 rewrites the
 * expected file); and the shipped tiles are exactly what the tiler makes of the shipped TopoJSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { BASEMAP_PLACES, BASEMAP_TILES, BASEMAP_TOPOJSON, TILE_LAYERS } from '../../src/lib/basemap/files';
import {
	buildTiles,
	dataBounds,
	latToTileY,
	lngToTileX,
	shippedTileOptions,
	type Tile
} from '../../geo/basemap/tiles';
import { prettyJson } from '../../geo/basemap/format-json';
import { golden } from './golden';

const fixtures = new URL('../fixtures/basemap-tiles/', import.meta.url);
const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));

/** Each tile as its layers' GeoJSON, coordinates rounded to 1e-4° so the fixture reads as geography. */
function decode({ z, x, y, data }: Tile) {
	const tile = new VectorTile(new PbfReader(data));
	const round = (c: unknown): unknown =>
		Array.isArray(c) ? c.map(round) : Math.round((c as number) * 1e4) / 1e4;
	return {
		tile: `${z}/${x}/${y}`,
		layers: Object.fromEntries(
			Object.entries(tile.layers).map(([name, layer]) => [
				name,
				Array.from({ length: layer.length }, (_, i) => {
					const f = layer.feature(i).toGeoJSON(x, y, z);
					return {
						type: f.geometry.type,
						properties: f.properties,
						coordinates: round((f.geometry as GeoJSON.Point).coordinates)
					};
				})
			])
		)
	};
}

describe('buildTiles', () => {
	const topology = read(new URL('input.topojson', fixtures)) as Topology;
	const places = read(new URL('places.geojson', fixtures)) as FeatureCollection<Point>;
	const tiles = buildTiles(topology, places, { maxZoom: 2, placesMinZoom: 2 });

	it('matches the expected decoded tiles (REGEN=1 to rewrite)', async () => {
		const actual = tiles.map(decode);
		const expectedUrl = new URL('expected.json', fixtures);
		const expected = await golden(expectedUrl, () => prettyJson(actual, fileURLToPath(expectedUrl)));
		expect(actual).toEqual(JSON.parse(expected));
	});

	it('puts the places only into tiles from placesMinZoom, with just what a label needs', () => {
		for (const t of tiles.filter((t) => t.z < 2)) expect(decode(t).layers.places).toBeUndefined();
		const z2 = tiles.filter((t) => t.z === 2).flatMap((t) => decode(t).layers.places ?? []);
		expect(
			z2.map((f) => f.properties).sort((a, b) => String(a?.kind).localeCompare(String(b?.kind)))
		).toEqual([
			{ kind: 'town', name: '甲镇', name_en: 'Jia' },
			{ kind: 'village', name: '乙村', name_en: 'Yi' }
		]);
	});

	it('cuts the tiles from detailFrom out of the detail topology, labels and places aside', () => {
		// The detail cut: the same topology with every arc moved 0.05° east.
		const detail = JSON.parse(JSON.stringify(topology)) as Topology;
		detail.arcs = detail.arcs.map((arc) => arc.map(([x, y]) => [x! + 0.05, y!]));
		const mixed = buildTiles(topology, places, { maxZoom: 2, placesMinZoom: 2, detail, detailFrom: 2 });
		for (const [i, t] of mixed.entries()) {
			const plain = decode(tiles[i]!);
			const cut = decode(t);
			expect(cut.layers.labels).toEqual(plain.layers.labels);
			expect(cut.layers.places).toEqual(plain.layers.places);
			if (t.z < 2) expect(cut).toEqual(plain);
			else expect(cut.layers.land).not.toEqual(plain.layers.land);
		}
	});

	it('cuts the tiles below maxZoom at shallowExtent: the same shapes to half a unit', () => {
		const coarse = buildTiles(topology, places, { maxZoom: 2, placesMinZoom: 2, shallowExtent: 1024 });
		const units = (t: Tile) => new VectorTile(new PbfReader(t.data)).layers.land!;
		for (const [i, t] of coarse.entries()) {
			const fine = units(tiles[i]!);
			const land = units(t);
			expect(land.extent).toBe(t.z < 2 ? 1024 : 4096);
			const a = fine.feature(0).loadGeometry().flat();
			const b = land.feature(0).loadGeometry().flat();
			// The tolerance scales with the extent, so the same points are kept, only rounded coarser.
			expect(b).toHaveLength(a.length);
			const scale = 4096 / land.extent;
			for (const [k, p] of b.entries()) {
				expect(Math.abs(p.x * scale - a[k]!.x)).toBeLessThanOrEqual(scale / 2);
				expect(Math.abs(p.y * scale - a[k]!.y)).toBeLessThanOrEqual(scale / 2);
			}
		}
	});

	it('leaves a label kind out of the tiles below its labelMinZoom', () => {
		const cut = buildTiles(topology, places, { maxZoom: 2, placesMinZoom: 2, labelMinZoom: { county: 2 } });
		for (const t of cut) {
			const names = (decode(t).layers.labels ?? []).map((f) => f.properties?.name);
			if (t.z < 2) expect(names).not.toContain('甲县');
		}
		expect(cut.filter((t) => t.z === 2).flatMap((t) => decode(t).layers.labels ?? [])).toEqual(
			tiles.filter((t) => t.z === 2).flatMap((t) => decode(t).layers.labels ?? [])
		);
	});

	it('puts county borders, city borders and the outline in their own layers', () => {
		const z2 = decode(tiles.find((t) => t.z === 2)!);
		expect(Object.keys(z2.layers).sort()).toEqual(
			[
				'city-lines',
				'county-lines',
				'labels',
				'lakes',
				'land',
				'neighbours',
				'places',
				'province-outline',
				'rivers',
				'sea'
			].sort()
		);
		// 甲县|乙县 share a city, 甲县|丙县 do not: one interior edge each.
		expect(z2.layers['county-lines']).toHaveLength(1);
		expect(z2.layers['city-lines']).toHaveLength(1);
		expect(z2.layers.labels![0]!.properties).toMatchObject({ name: '甲县', name_en: 'Jiaxian' });
	});

	it('covers exactly the data bounds', () => {
		const [w, s, e, n] = dataBounds(topology);
		expect([w, s, e, n]).toEqual([118, 29, 123, 32]);
		for (const t of tiles) {
			expect(t.x).toBeGreaterThanOrEqual(lngToTileX(w, t.z));
			expect(t.x).toBeLessThanOrEqual(lngToTileX(e, t.z));
			expect(t.y).toBeGreaterThanOrEqual(latToTileY(n, t.z));
			expect(t.y).toBeLessThanOrEqual(latToTileY(s, t.z));
		}
	});
});

// Tiling the whole basemap takes seconds on a loaded machine: more than Vitest's default 5 s.
describe('shipped basemap tiles', { timeout: 60_000 }, () => {
	const dir = new URL('../../static/basemap/', import.meta.url);
	const topology = read(new URL(BASEMAP_TOPOJSON, dir)) as Topology;
	const places = read(new URL(BASEMAP_PLACES, dir)) as FeatureCollection<Point>;
	const detail = read(new URL(BASEMAP_TILES.detail, dir)) as Topology;
	const options = shippedTileOptions(detail);

	it('are what the tiler makes of the shipped TopoJSON, byte for byte, and nothing else', () => {
		const fresh = buildTiles(topology, places, options);
		const path = (t: Tile) => `${t.z}/${t.x}/${t.y}.pbf`;
		const shipped = readdirSync(new URL('tiles/', dir), { recursive: true })
			.map(String)
			.filter((p) => p.endsWith('.pbf'));
		expect(shipped.sort()).toEqual(fresh.map(path).sort());
		for (const t of fresh)
			expect(readFileSync(new URL(`tiles/${path(t)}`, dir)).equals(Buffer.from(t.data))).toBe(true);
	});

	it('declare the bounds the style asks for', () => {
		expect(dataBounds(topology)).toEqual([...BASEMAP_TILES.bounds]);
	});

	it('carry every layer the style draws, Hangzhou’s label among them; counties from z7, towns from z9', () => {
		const layers = new Set<string>();
		const labels: string[] = [];
		const cut = buildTiles(topology, places, { ...options, maxZoom: 9 });
		for (const t of cut.filter((t) => t.z === 6)) {
			const d = decode(t);
			for (const name of Object.keys(d.layers)) layers.add(name);
			labels.push(...(d.layers.labels ?? []).map((f) => String(f.properties?.name)));
		}
		expect([...layers].sort()).toEqual(TILE_LAYERS.filter((l) => l !== 'places').sort());
		expect(labels).toContain('杭州');
		// The county names show from z7.5: MapLibre lays them out from the z7 tiles on, never in a z6 one.
		expect(options.labelMinZoom).toMatchObject({ county: 7 });
		expect(labels).not.toContain('余杭区');
		const z7 = cut.filter((t) => t.z === 7).flatMap((t) => decode(t).layers.labels ?? []);
		expect(z7.map((f) => f.properties?.name)).toContain('余杭区');
		const towns = cut.filter((t) => t.z === 9).flatMap((t) => decode(t).layers.places ?? []);
		expect(towns.map((f) => f.properties?.name)).toEqual(expect.arrayContaining(['小港街道', '梅山街道']));
	});
});
