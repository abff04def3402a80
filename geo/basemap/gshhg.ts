/**
 * Reads GMT's binned GSHHG netCDF-4 files (Debian gmt-gshhg-full) with h5wasm. Shorelines and
 * rivers are stored per bin (size given by the file) as segments of uint16 offsets
 * from the bin's south-west corner; a polygon crossing bins is cut into segments at bin edges.
 */
import type { Feature, LineString, Polygon, Position } from 'geojson';
import h5wasm from 'h5wasm/node';

export type Bbox = [west: number, south: number, east: number, north: number];
export interface SegmentProperties {
	/** GSHHG hierarchy: shorelines 1 land, 2 lake, 3 island in lake…; rivers 1 double-lined … 8 canals. */
	level: number;
}
export type Segment = Feature<LineString, SegmentProperties>;

export async function readGshhgSegments(file: string, [w, s, e, n]: Bbox): Promise<Segment[]> {
	await h5wasm.ready;
	const f = new h5wasm.File(file, 'r');
	try {
		const v = (k: string): ArrayLike<number> => {
			const d = f.get(k);
			if (!(d instanceof h5wasm.Dataset)) throw new Error(`GSHHG: no variable ${k} in ${file}`);
			return d.value as ArrayLike<number>;
		};
		const binMinutes = v('Bin_size_in_minutes')[0]!;
		const nx = v('N_bins_in_360_longitude_range')[0]!;
		const ny = v('N_bins_in_180_degree_latitude_range')[0]!;
		const firstSeg = v('Id_of_first_segment_in_a_bin');
		const nSeg = v('N_segments_in_a_bin');
		const firstPt = v('Id_of_first_point_in_a_segment');
		// Shoreline files pack point count and level into one word; river files keep them apart.
		const packed = f.keys().includes('Embedded_npts_levels_exit_entry_for_a_segment');
		const info = packed ? v('Embedded_npts_levels_exit_entry_for_a_segment') : null;
		const segN = packed ? null : v('N_points_for_a_segment');
		const segLevel = packed ? null : v('Hierarchial_level_of_a_segment');
		const dx = v('Relative_longitude_from_SW_corner_of_bin');
		const dy = v('Relative_latitude_from_SW_corner_of_bin');
		const binDeg = binMinutes / 60;
		const unit = binDeg / 65535;
		const out: Segment[] = [];
		for (let b = 0; b < nx * ny; b++) {
			const south = 90 - (Math.floor(b / nx) + 1) * binDeg;
			const west = (b % nx) * binDeg;
			if (west + binDeg < w || west > e || south + binDeg < s || south > n) continue;
			for (let k = 0; k < nSeg[b]!; k++) {
				const id = firstSeg[b]! + k;
				const np = info ? info[id]! >> 9 : segN![id]!;
				const level = info ? (info[id]! >> 6) & 7 : segLevel![id]!;
				const coords: Position[] = [];
				for (let i = 0; i < np; i++) {
					const p = firstPt[id]! + i;
					coords.push([round6(west + (dx[p]! & 0xffff) * unit), round6(south + (dy[p]! & 0xffff) * unit)]);
				}
				if (coords.length >= 2)
					out.push({
						type: 'Feature',
						properties: { level },
						geometry: { type: 'LineString', coordinates: coords }
					});
			}
		}
		return out;
	} finally {
		f.close();
	}
}

const key = (p: Position) => `${p[0]!.toFixed(4)},${p[1]!.toFixed(4)}`;

/**
 * Re-joins the bin-cut segments of one shoreline level into closed rings by matching end to start
 * (gaps under 0.02° are bridged: segments meet at bin edges up to rounding).
 */
export function chainRings(segments: Segment[], level: number): Feature<Polygon, SegmentProperties>[] {
	const segs = segments.filter((s) => s.properties.level === level).map((s) => s.geometry.coordinates);
	const used = new Array<boolean>(segs.length).fill(false);
	const rings: Position[][] = [];
	for (let i = 0; i < segs.length; i++) {
		if (used[i]) continue;
		used[i] = true;
		const ring = [...segs[i]!];
		while (key(ring[0]!) !== key(ring.at(-1)!)) {
			const end = ring.at(-1)!;
			let best = -1;
			let bestD = Infinity;
			segs.forEach((t, j) => {
				if (used[j]) return;
				const d = Math.hypot(t[0]![0]! - end[0]!, t[0]![1]! - end[1]!);
				if (d < bestD) [bestD, best] = [d, j];
			});
			if (best < 0 || bestD > 0.02) break;
			used[best] = true;
			ring.push(...(bestD < 1e-6 ? segs[best]!.slice(1) : segs[best]!));
		}
		if (ring.length > 3) {
			if (key(ring[0]!) !== key(ring.at(-1)!)) ring.push(ring[0]!);
			rings.push(ring);
		}
	}
	return rings.map((r) => ({
		type: 'Feature',
		properties: { level },
		geometry: { type: 'Polygon', coordinates: [r] }
	}));
}

function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}
