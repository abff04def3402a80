/**
 * The terrain build's transforms on a small synthetic hill (tests/fixtures/terrain/hill.json): the
 * faded relief, the contour lines (REGEN=1 rewrites the expected file) and the Terrarium tiles.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { latToTileY } from '../../geo/basemap/tiles';
import { buildContours, type GridGeo } from '../../geo/terrain/contours';
import { decodeTerrarium, demTiles, terrarium } from '../../geo/terrain/dem-tiles';
import { ellipseRadius, fineWeight, sampler } from '../../geo/terrain/region';
import { ellipseWeight, fadeRelief, fillVoids, type Grid } from '../../geo/terrain/relief';

const fixtures = new URL('../fixtures/terrain/', import.meta.url);
const hill = JSON.parse(readFileSync(new URL('hill.json', fixtures), 'utf8')) as {
	width: number;
	height: number;
	values: (number | null)[];
} & GridGeo;
const grid: Grid = {
	width: hill.width,
	height: hill.height,
	values: Float32Array.from(hill.values, (v) => (v === null ? NaN : v))
};
const geo: GridGeo = { west: hill.west, north: hill.north, step: hill.step };
const mean = (g: Grid) => g.values.reduce((a, b) => a + b, 0) / g.values.length;

describe('fadeRelief', () => {
	it('leaves the relief whole where both weights are 1, voids filled', () => {
		const out = fadeRelief(grid, { blurRadius: 2, fineWeight: () => 1, broadWeight: () => 1 });
		const filled = fillVoids(grid);
		for (let i = 0; i < out.values.length; i++) expect(out.values[i]).toBeCloseTo(filled.values[i]!, 2);
		expect(Number.isNaN(filled.values[4 * hill.width + 17]!)).toBe(false);
	});

	it('is flat, at the mean, where both weights are 0', () => {
		const out = fadeRelief(grid, { blurRadius: 2, fineWeight: () => 0, broadWeight: () => 0 });
		const m = mean(fillVoids(grid));
		for (const v of out.values) expect(v).toBeCloseTo(m, 2);
	});

	it('fades smoothly: no step between neighbours larger than in the relief itself', () => {
		const ramp = (c: number) => Math.min(1, c / 12);
		const out = fadeRelief(grid, { blurRadius: 2, fineWeight: ramp, broadWeight: ramp });
		const filled = fillVoids(grid);
		const maxStep = (g: Grid) => {
			let m = 0;
			for (let r = 0; r < g.height; r++)
				for (let c = 1; c < g.width; c++)
					m = Math.max(m, Math.abs(g.values[r * g.width + c]! - g.values[r * g.width + c - 1]!));
			return m;
		};
		expect(maxStep(out)).toBeLessThanOrEqual(maxStep(filled));
	});
});

describe('the fade ellipse', () => {
	it('is whole inside `full`, zero outside, in between on the ring', () => {
		expect(ellipseWeight(0.2, 0.55, 0.95)).toBe(1);
		expect(ellipseWeight(0.96, 0.55, 0.95)).toBe(0);
		expect(ellipseWeight(0.75, 0.55, 0.95)).toBeGreaterThan(0);
		expect(ellipseWeight(0.75, 0.55, 0.95)).toBeLessThan(1);
		// The wind farm (119.09–119.23° E, 27.49–27.68° N) lies where the relief is whole.
		for (const [lng, lat] of [
			[119.09, 27.49],
			[119.23, 27.68],
			[119.16, 27.585]
		] as const) {
			expect(ellipseRadius(lng, lat)).toBeLessThan(0.6);
			expect(fineWeight(lng, lat)).toBeGreaterThan(0.9);
		}
		// The SRTM tile's corner is far outside it.
		expect(fineWeight(119.0, 27.3)).toBe(0);
	});
});

describe('buildContours', () => {
	const opts = { interval: 100, index: 500, weight: () => 1, fadeSteps: 4 };
	const lines = buildContours(fillVoids(grid), geo, opts);
	const at = sampler(fillVoids(grid), geo, NaN);

	it('matches the expected lines (REGEN=1 to rewrite)', () => {
		const expectedUrl = new URL('contours.expected.json', fixtures);
		if (process.env.REGEN) writeFileSync(expectedUrl, JSON.stringify(lines, null, '\t') + '\n');
		if (!existsSync(expectedUrl))
			throw new Error(
				'tests/fixtures/terrain/contours.expected.json is missing: run REGEN=1 npx vitest run tests/unit/terrain-build.test.ts'
			);
		expect(lines).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')));
	});

	it('puts every vertex at its line’s elevation, never on the grid’s border', () => {
		expect(lines.features.length).toBeGreaterThan(3);
		for (const f of lines.features)
			for (const [lng, lat] of f.geometry.coordinates) {
				// Linear interpolation along cell edges: within a few metres of the bilinear surface.
				expect(Math.abs(at(lng!, lat!) - f.properties.ele)).toBeLessThan(25);
				expect(lng).toBeGreaterThanOrEqual(geo.west);
				expect(lat).toBeLessThanOrEqual(geo.north);
			}
		expect(lines.features.filter((f) => f.properties.index).map((f) => f.properties.ele)).toContain(500);
	});

	it('cuts lines where the fade changes and drops what has faded out', () => {
		const east = geo.west + (hill.width / 2) * geo.step;
		const faded = buildContours(fillVoids(grid), geo, { ...opts, weight: (lng) => (lng < east ? 0 : 1) });
		expect(faded.features.length).toBeGreaterThan(0);
		for (const f of faded.features) {
			expect(f.properties.fade).toBe(1);
			// Only a piece's end points (shared with the faded pieces beside it) may lie in the west.
			expect(f.geometry.coordinates.slice(1, -1).every(([lng]) => lng! >= east)).toBe(true);
		}
	});
});

describe('Terrarium tiles', () => {
	it('round-trip elevations to the chosen step', () => {
		for (const m of [-12.3, 0, 87.26, 1523.9])
			expect(Math.abs(decodeTerrarium(...terrarium(m, 0.5)) - m)).toBeLessThanOrEqual(0.25);
	});

	it('hold the field at each pixel centre', () => {
		const field = (lng: number, lat: number) => 500 + (lng - 119) * 1000 + (lat - 27) * 100;
		const tiles = demTiles(field, [119.12, 27.52, 119.15, 27.55], {
			minZoom: 10,
			maxZoom: 10,
			size: 16,
			step: 1
		});
		expect(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual([`10/850/${latToTileY(27.55, 10)}`]);
		const png = decode(tiles[0]!.png);
		expect([png.width, png.height, png.channels]).toEqual([16, 16, 3]);
		const px = (i: number) => decodeTerrarium(png.data[i * 3]!, png.data[i * 3 + 1]!, png.data[i * 3 + 2]!);
		// West-to-east the field rises; north-to-south it falls.
		expect(px(15)).toBeGreaterThan(px(0));
		expect(px(15 * 16)).toBeLessThan(px(0));
		const lng0 = (850 / 1024) * 360 - 180 + ((0.5 / 16) * 360) / 1024;
		const n = Math.PI * (1 - (2 * (latToTileY(27.55, 10) + 0.5 / 16)) / 1024);
		const lat0 = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
		expect(px(0)).toBe(Math.round(field(lng0, lat0)));
	});
});
