/**
 * The terrain's window of the SRTM tile and its fade: which samples are read, and how strongly the
 * relief and the contours are drawn at each point (1 over the wind farm, 0 outside the ellipse).
 */
import { DEM_BOUNDS, DEM_SIZE, type Dem } from '../lib/dem';
import { TERRAIN_EXTENT } from '../../src/lib/terrain/files';
import { ellipseWeight, type Grid } from './relief';
import type { GridGeo } from './contours';

const STEP = 1 / (DEM_SIZE - 1);

/** Normalised elliptical radius of a point in the extent's ellipse: 1 on its edge. */
export function ellipseRadius(lng: number, lat: number, [w, s, e, n] = TERRAIN_EXTENT.bbox): number {
	const dx = (lng - (w + e) / 2) / ((e - w) / 2);
	const dy = (lat - (s + n) / 2) / ((n - s) / 2);
	return Math.hypot(dx, dy);
}

/** The fine relief and the contours: whole inside `full`, gone just inside the ellipse. */
export const fineWeight = (lng: number, lat: number) =>
	ellipseWeight(ellipseRadius(lng, lat), TERRAIN_EXTENT.full, 0.95);
/** The broad relief fades over a wider ring, so the slope the fade itself adds stays gentle. */
export const broadWeight = (lng: number, lat: number) => ellipseWeight(ellipseRadius(lng, lat), 0.3, 1);

/** The samples of the extent's box, with their geography. */
export function demWindow(dem: Dem, [w, s, e, n] = TERRAIN_EXTENT.bbox): { grid: Grid; geo: GridGeo } {
	const col0 = Math.max(0, Math.floor((w - DEM_BOUNDS.west) / STEP));
	const col1 = Math.min(DEM_SIZE - 1, Math.ceil((e - DEM_BOUNDS.west) / STEP));
	const row0 = Math.max(0, Math.floor((DEM_BOUNDS.north - n) / STEP));
	const row1 = Math.min(DEM_SIZE - 1, Math.ceil((DEM_BOUNDS.north - s) / STEP));
	const width = col1 - col0 + 1;
	const height = row1 - row0 + 1;
	const values = new Float32Array(width * height);
	for (let r = 0; r < height; r++)
		for (let c = 0; c < width; c++) values[r * width + c] = dem.sample(row0 + r, col0 + c) ?? NaN;
	return {
		grid: { width, height, values },
		geo: { west: DEM_BOUNDS.west + col0 * STEP, north: DEM_BOUNDS.north - row0 * STEP, step: STEP }
	};
}

/** Bilinear sample of a grid at lon/lat; `outside` beyond it. */
export function sampler(grid: Grid, geo: GridGeo, outside: number) {
	return (lng: number, lat: number): number => {
		// A hundredth of a sample of slack: coordinates rounded to 1e-6° may fall just off the edge.
		const clamp = (v: number, max: number) => (v < 0 && v > -0.01 ? 0 : v > max && v < max + 0.01 ? max : v);
		const x = clamp((lng - geo.west) / geo.step, grid.width - 1);
		const y = clamp((geo.north - lat) / geo.step, grid.height - 1);
		if (x < 0 || y < 0 || x > grid.width - 1 || y > grid.height - 1) return outside;
		const c = Math.min(Math.floor(x), grid.width - 2);
		const r = Math.min(Math.floor(y), grid.height - 2);
		const fx = x - c;
		const fy = y - r;
		const v = (rr: number, cc: number) => grid.values[rr * grid.width + cc]!;
		return (
			(v(r, c) * (1 - fx) + v(r, c + 1) * fx) * (1 - fy) +
			(v(r + 1, c) * (1 - fx) + v(r + 1, c + 1) * fx) * fy
		);
	};
}
