/**
 * Geometry helpers for the monitoring builder: offsets in km from a centre, ellipses, and a seeded PRNG.
 * Everything is deterministic and rounded to 6 decimals (≈0.1 m) so a rebuild is byte-identical.
 */
import { booleanPointInPolygon, booleanWithin, destination, distance, lineString, point } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Offset } from './spec';

/** Stable per-stream seed, so adding a camera does not move every transect. */
export function subSeed(seed: number, label: string): number {
	let h = seed >>> 0;
	for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	return h;
}

export function round6(p: Position): Position {
	return [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
}

function moveKm(from: Position, km: number, bearingDeg: number): Position {
	if (km === 0) return from;
	return destination(point(from), km, bearingDeg, { units: 'kilometers' }).geometry.coordinates;
}

export function offsetFrom(centre: Position, o: Offset): Position {
	const east = moveKm(centre, Math.abs(o.east_km), o.east_km >= 0 ? 90 : -90);
	return round6(moveKm(east, Math.abs(o.north_km), o.north_km >= 0 ? 0 : 180));
}

/** Ellipse with axes along east and north, vertices placed by geodesic distance from the centre. */
export function ellipseRing(centre: Position, ewKm: number, nsKm: number, steps = 48): Position[] {
	const ring: Position[] = [];
	for (let i = 0; i < steps; i++) {
		const t = (2 * Math.PI * i) / steps;
		const x = ewKm * Math.sin(t);
		const y = nsKm * Math.cos(t);
		const bearing = (Math.atan2(x, y) * 180) / Math.PI;
		ring.push(round6(moveKm(centre, Math.hypot(x, y), bearing)));
	}
	ring.push(ring[0]!);
	return ring;
}

export function randomPointIn(area: Feature<Polygon>, rnd: () => number): Position {
	const ring = area.geometry.coordinates[0]!;
	const xs = ring.map((p) => p[0]!);
	const ys = ring.map((p) => p[1]!);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	for (let i = 0; i < 10_000; i++) {
		const p = round6([x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)]);
		if (booleanPointInPolygon(p, area, { ignoreBoundary: true })) return p;
	}
	throw new Error('randomPointIn: area too thin to sample');
}

/** A walked line with one bend, kept only if it lies wholly inside the area. */
export function randomTransect(
	area: Feature<Polygon>,
	rnd: () => number,
	opts: { min_km: number; max_km: number; max_turn_deg: number }
): Position[] {
	for (let i = 0; i < 10_000; i++) {
		const start = randomPointIn(area, rnd);
		const half = (opts.min_km + rnd() * (opts.max_km - opts.min_km)) / 2;
		const bearing = rnd() * 360;
		const turn = (rnd() * 2 - 1) * opts.max_turn_deg;
		const mid = round6(moveKm(start, half, bearing));
		const end = round6(moveKm(mid, half, bearing + turn));
		const coords = [start, mid, end];
		if (booleanWithin(lineString(coords), area)) return coords;
	}
	throw new Error('randomTransect: no transect fits the area');
}

export function randomSpacedPoint(
	area: Feature<Polygon>,
	rnd: () => number,
	taken: Position[],
	minSpacingM: number
): Position {
	for (let i = 0; i < 10_000; i++) {
		const p = randomPointIn(area, rnd);
		if (taken.every((q) => distance(p, q, { units: 'meters' }) >= minSpacingM)) return p;
	}
	throw new Error('randomSpacedPoint: cannot keep the spacing; lower it or enlarge the area');
}
