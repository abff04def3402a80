/**
 * The basemap tiler: a small topology in, every tile decoded back to GeoJSON out (REGEN=1 rewrites the
 * expected file); and the shipped tiles are exactly what the tiler makes of the shipped TopoJSON.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASEMAP_TILES, BASEMAP_TOPOJSON, TILE_LAYERS } from '../../src/lib/basemap/files';
import { buildTiles, dataBounds, latToTileY, lngToTileX, type Tile } from '../../geo/basemap/tiles';

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
	const tiles = buildTiles(topology, { maxZoom: 2 });

	it('matches the expected decoded tiles (REGEN=1 to rewrite)', () => {
		const actual = tiles.map(decode);
		const expectedUrl = new URL('expected.json', fixtures);
		if (process.env.REGEN || !existsSync(expectedUrl))
			writeFileSync(expectedUrl, JSON.stringify(actual, null, '\t') + '\n');
		expect(actual).toEqual(read(expectedUrl));
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

	it('are what the tiler makes of the shipped TopoJSON, byte for byte, and nothing else', () => {
		const fresh = buildTiles(topology, { maxZoom: BASEMAP_TILES.maxzoom });
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

	it('carry every layer the style draws, Hangzhou’s label among them', () => {
		const layers = new Set<string>();
		const labels: string[] = [];
		for (const t of buildTiles(topology, { maxZoom: 6 }).filter((t) => t.z === 6)) {
			const d = decode(t);
			for (const name of Object.keys(d.layers)) layers.add(name);
			labels.push(...(d.layers.labels ?? []).map((f) => String(f.properties?.name)));
		}
		expect([...layers].sort()).toEqual([...TILE_LAYERS].sort());
		expect(labels).toContain('杭州');
	});
});
