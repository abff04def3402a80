/**
 * Elevation from the SRTM3 tile in geo/sources/dem (public domain, WGS84, EGM96 metres).
 * Pure reader: the tile is read once, lazily; every query is a bilinear sample.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEM_FILE = fileURLToPath(new URL('../sources/dem/N27E119.hgt', import.meta.url));
/** South-west corner and size of the tile, in degrees; SRTM3 has 1201 samples a side (edges shared). */
export const DEM_BOUNDS = { west: 119, south: 27, east: 120, north: 28 } as const;
export const DEM_SIZE = 1201;
const VOID = -32768;

export interface Dem {
	/** Metres at [lng, lat] (bilinear), or null outside the tile or over a void. */
	at(lng: number, lat: number): number | null;
	/** The raw sample at row (from the north) and column (from the west). */
	sample(row: number, col: number): number | null;
}

let cached: Dem | null = null;

export function loadDem(file = DEM_FILE): Dem {
	if (file === DEM_FILE && cached) return cached;
	const buf = readFileSync(file);
	if (buf.length !== DEM_SIZE * DEM_SIZE * 2) {
		throw new Error(
			`${file}: ${buf.length} bytes, expected ${DEM_SIZE * DEM_SIZE * 2} (SRTM3 1201×1201 int16)`
		);
	}
	const sample = (row: number, col: number): number | null => {
		if (row < 0 || col < 0 || row >= DEM_SIZE || col >= DEM_SIZE) return null;
		const v = buf.readInt16BE((row * DEM_SIZE + col) * 2);
		return v === VOID ? null : v;
	};
	const at = (lng: number, lat: number): number | null => {
		const x = (lng - DEM_BOUNDS.west) * (DEM_SIZE - 1);
		const y = (DEM_BOUNDS.north - lat) * (DEM_SIZE - 1);
		if (x < 0 || y < 0 || x > DEM_SIZE - 1 || y > DEM_SIZE - 1) return null;
		const c0 = Math.min(Math.floor(x), DEM_SIZE - 2);
		const r0 = Math.min(Math.floor(y), DEM_SIZE - 2);
		const fx = x - c0;
		const fy = y - r0;
		const v00 = sample(r0, c0);
		const v01 = sample(r0, c0 + 1);
		const v10 = sample(r0 + 1, c0);
		const v11 = sample(r0 + 1, c0 + 1);
		if (v00 === null || v01 === null || v10 === null || v11 === null) return null;
		return (v00 * (1 - fx) + v01 * fx) * (1 - fy) + (v10 * (1 - fx) + v11 * fx) * fy;
	};
	const dem = { at, sample };
	if (file === DEM_FILE) cached = dem;
	return dem;
}
