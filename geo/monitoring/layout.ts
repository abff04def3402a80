/**
 * Geometry helpers for the monitoring builder: stretches of a crest, elevation along a line, seeded
 * points. Everything is deterministic and rounded to 6 decimals (≈0.1 m) so a rebuild is byte-identical.
 */
import {
	booleanPointInPolygon,
	booleanWithin,
	distance,
	length,
	lineOffset,
	lineSliceAlong,
	lineString,
	simplify
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Dem } from '../lib/dem';
import type { Band } from './spec';

/** Stable per-stream seed, so adding a camera does not move every transect. */
export function subSeed(seed: number, label: string): number {
	let h = seed >>> 0;
	for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	return h;
}

export function round6(p: Position): Position {
	return [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
}

/**
 * Lowest and highest ground along a line, sampled at each vertex and every ≤50 m between; whole metres. SRTM
 * voids (steep ground the radar missed) are skipped; a line with no sample at all throws.
 */
export function elevationAlong(dem: Dem, coords: Position[]): [number, number] {
	const samples: number[] = [];
	const sample = (x: number, y: number) => {
		const v = dem.at(x, y);
		if (v !== null) samples.push(v);
	};
	coords.forEach((p, i) => {
		sample(p[0]!, p[1]!);
		const q = coords[i + 1];
		if (!q) return;
		// Segments are a few hundred metres: linear steps in degrees are within a metre of geodesic ones.
		const steps = Math.ceil(distance(p, q, { units: 'meters' }) / 50);
		for (let k = 1; k < steps; k++)
			sample(p[0]! + ((q[0]! - p[0]!) * k) / steps, p[1]! + ((q[1]! - p[1]!) * k) / steps);
	});
	if (!samples.length)
		throw new Error('elevationAlong: no elevation under the line (outside the tile or void)');
	return [Math.round(Math.min(...samples)), Math.round(Math.max(...samples))];
}

export const inBand = ([lo, hi]: [number, number], band: Band) => lo >= band[0] && hi <= band[1];

type Area = Feature<Polygon | MultiPolygon>;

/**
 * A stretch of the crest, of a length in [min_km, max_km], moved sideways by up to max_offset_km
 * onto the slope; kept only if it lies inside the area and all its ground is inside the band.
 */
export function crestTransect(
	crest: Position[],
	area: Area,
	dem: Dem,
	rnd: () => number,
	opts: { min_km: number; max_km: number; max_offset_km: number; band: Band }
): Position[] {
	const line = lineString(crest);
	const total = length(line);
	for (let i = 0; i < 10_000; i++) {
		const km = opts.min_km + rnd() * (opts.max_km - opts.min_km);
		const start = rnd() * Math.max(total - km, 0);
		const offset = (rnd() * 2 - 1) * opts.max_offset_km;
		const stretch = simplify(lineSliceAlong(line, start, start + km), { tolerance: 0.0003 });
		const moved = offset === 0 ? stretch : lineOffset(stretch, offset, { units: 'kilometers' });
		const coords = moved.geometry.coordinates.map(round6);
		const metres = length(lineString(coords)) * 1000;
		if (metres < opts.min_km * 1000 || metres > opts.max_km * 1000) continue;
		if (!booleanWithin(lineString(coords), area)) continue;
		if (inBand(elevationAlong(dem, coords), opts.band)) return coords;
	}
	throw new Error('crestTransect: no stretch of the crest fits the area and the band');
}

export function randomPointIn(area: Area, rnd: () => number): Position {
	const rings =
		area.geometry.type === 'Polygon'
			? [area.geometry.coordinates[0]!]
			: area.geometry.coordinates.map((p) => p[0]!);
	const all = rings.flat();
	const xs = all.map((p) => p[0]!);
	const ys = all.map((p) => p[1]!);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	for (let i = 0; i < 10_000; i++) {
		const p = round6([x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)]);
		if (booleanPointInPolygon(p, area, { ignoreBoundary: true })) return p;
	}
	throw new Error('randomPointIn: area too thin to sample');
}

/** A point of the area at least minSpacingM from the others, on ground inside the band. */
export function randomSpacedPoint(
	area: Area,
	dem: Dem,
	rnd: () => number,
	taken: Position[],
	minSpacingM: number,
	band: Band
): Position {
	for (let i = 0; i < 10_000; i++) {
		const p = randomPointIn(area, rnd);
		const v = Math.round(dem.at(p[0]!, p[1]!) ?? NaN);
		if (!(v >= band[0] && v <= band[1])) continue;
		if (taken.every((q) => distance(p, q, { units: 'meters' }) >= minSpacingM)) return p;
	}
	throw new Error('randomSpacedPoint: cannot keep the spacing and the band; lower them or enlarge the area');
}
