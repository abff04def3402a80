/**
 * Reads the Qingyuan high ground off the SRTM tile: summits, the path along the highest ground between
 * two of them, its deepest col. Pure functions of a Dem, so the analysis (./analyse-terrain.ts) can be
 * rerun and compared with its committed output, terrain.json.
 */
import { distance } from '@turf/turf';
import type { Dem } from '../lib/dem';
import { DEM_BOUNDS, DEM_SIZE } from '../lib/dem';
import type { LngLat } from '../lib/datum';

const STEPS_PER_DEG = DEM_SIZE - 1;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export interface Cell {
	row: number;
	col: number;
}
export interface Summit {
	lngLat: LngLat;
	elevation_m: number;
}
export type Box = { west: number; south: number; east: number; north: number };

export const cellAt = ([lng, lat]: LngLat): Cell => ({
	row: Math.round((DEM_BOUNDS.north - lat) * STEPS_PER_DEG),
	col: Math.round((lng - DEM_BOUNDS.west) * STEPS_PER_DEG)
});
export const lngLatOf = ({ row, col }: Cell): LngLat => [
	round6(DEM_BOUNDS.west + col / STEPS_PER_DEG),
	round6(DEM_BOUNDS.north - row / STEPS_PER_DEG)
];

/** Samples higher than every other within `radius` cells (3″ ≈ 90 m each) and at least `min` metres. */
export function summits(dem: Dem, box: Box, min: number, radius = 8): Summit[] {
	const nw = cellAt([box.west, box.north]);
	const se = cellAt([box.east, box.south]);
	const found: Summit[] = [];
	for (let row = nw.row; row <= se.row; row++)
		for (let col = nw.col; col <= se.col; col++) {
			const v = dem.sample(row, col);
			if (v === null || v < min) continue;
			let top = true;
			for (let dr = -radius; dr <= radius && top; dr++)
				for (let dc = -radius; dc <= radius; dc++) {
					const w = dem.sample(row + dr, col + dc);
					// Ties break towards the north-west sample so a flat top yields one summit.
					if (w !== null && (w > v || (w === v && (dr < 0 || (dr === 0 && dc < 0))))) {
						top = false;
						break;
					}
				}
			if (top) found.push({ lngLat: lngLatOf({ row, col }), elevation_m: v });
		}
	return found;
}

/**
 * The path between two points that stays on the highest ground: Dijkstra over the 8-neighbour grid,
 * each step costing its length times exp((1700 − elevation) / 120), so 120 m lower costs e times more.
 */
export function ridgePath(dem: Dem, from: LngLat, to: LngLat, box: Box): LngLat[] {
	const nw = cellAt([box.west, box.north]);
	const se = cellAt([box.east, box.south]);
	const W = se.col - nw.col + 1;
	const H = se.row - nw.row + 1;
	const index = (c: Cell) => (c.row - nw.row) * W + (c.col - nw.col);
	const a = cellAt(from);
	const b = cellAt(to);
	const cost = new Float64Array(W * H).fill(Infinity);
	const prev = new Int32Array(W * H).fill(-1);
	const heap = new MinHeap();
	cost[index(a)] = 0;
	heap.push(0, index(a));
	while (heap.size) {
		const [c, i] = heap.pop();
		if (c > cost[i]!) continue;
		if (i === index(b)) break;
		const row = nw.row + Math.floor(i / W);
		const col = nw.col + (i % W);
		for (let dr = -1; dr <= 1; dr++)
			for (let dc = -1; dc <= 1; dc++) {
				const R = row + dr;
				const C = col + dc;
				if ((!dr && !dc) || R < nw.row || R > se.row || C < nw.col || C > se.col) continue;
				const v = dem.sample(R, C);
				if (v === null) continue;
				const j = index({ row: R, col: C });
				const next = c + Math.hypot(dr, dc) * Math.exp((1700 - v) / 120);
				if (next < cost[j]!) {
					cost[j] = next;
					prev[j] = i;
					heap.push(next, j);
				}
			}
	}
	if (prev[index(b)] === -1) throw new Error(`ridgePath: no path from ${from} to ${to} inside the box`);
	const cells: LngLat[] = [];
	for (let i = index(b); i !== -1; i = prev[i]!)
		cells.push(lngLatOf({ row: nw.row + Math.floor(i / W), col: nw.col + (i % W) }));
	return cells.reverse();
}

export function lengthKm(path: LngLat[]): number {
	let km = 0;
	for (let i = 1; i < path.length; i++) km += distance(path[i - 1]!, path[i]!, { units: 'kilometers' });
	return km;
}

export function elevationRange(dem: Dem, path: LngLat[]): [number, number] {
	const vs = path.map(([x, y]) => dem.at(x, y)).filter((v): v is number => v !== null);
	return [Math.round(Math.min(...vs)), Math.round(Math.max(...vs))];
}

/** Index of the lowest sample on a path: its deepest col. */
export function lowestIndex(dem: Dem, path: LngLat[]): number {
	let best = 0;
	path.forEach(([x, y], i) => {
		if ((dem.at(x, y) ?? Infinity) < (dem.at(...path[best]!) ?? Infinity)) best = i;
	});
	return best;
}

class MinHeap {
	private keys: number[] = [];
	private vals: number[] = [];
	get size() {
		return this.keys.length;
	}
	push(k: number, v: number) {
		this.keys.push(k);
		this.vals.push(v);
		let i = this.keys.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (this.keys[p]! <= k) break;
			this.swap(i, p);
			i = p;
		}
	}
	pop(): [number, number] {
		const top: [number, number] = [this.keys[0]!, this.vals[0]!];
		const k = this.keys.pop()!;
		const v = this.vals.pop()!;
		if (this.keys.length) {
			this.keys[0] = k;
			this.vals[0] = v;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				let m = i;
				if (l < this.keys.length && this.keys[l]! < this.keys[m]!) m = l;
				if (l + 1 < this.keys.length && this.keys[l + 1]! < this.keys[m]!) m = l + 1;
				if (m === i) break;
				this.swap(i, m);
				i = m;
			}
		}
		return top;
	}
	private swap(i: number, j: number) {
		[this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
		[this.vals[i], this.vals[j]] = [this.vals[j]!, this.vals[i]!];
	}
}
