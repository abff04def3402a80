/**
 * Contour lines from an elevation grid (d3-contour's marching squares), as lines in lon/lat that fade
 * out with the relief: each line is cut where its fade changes step, and each piece carries its `fade`.
 */
import { contours } from 'd3-contour';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Grid } from './relief';

export interface GridGeo {
	/** Longitude and latitude of the centre of sample (0, 0), the north-west one. */
	west: number;
	north: number;
	/** Degrees between samples, both ways. */
	step: number;
}

export interface ContourProps {
	ele: number;
	index: boolean;
	/** 0–1, in steps of 1/fadeSteps: the line's opacity as a share of full. */
	fade: number;
}

export interface ContourOptions {
	interval: number;
	index: number;
	/** The fade at a point, 0–1; pieces under 1/fadeSteps are dropped. */
	weight: (lng: number, lat: number) => number;
	fadeSteps: number;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * d3-contour returns closed polygons (isobands' outlines) whose rings also run along the grid's
 * border, outside the outermost samples' centres; only the parts between those centres are contour lines.
 */
function insideRuns(ring: Position[], width: number, height: number): Position[][] {
	const onBorder = ([x, y]: Position) => x! < 0.5 || y! < 0.5 || x! > width - 0.5 || y! > height - 0.5;
	const runs: Position[][] = [];
	let run: Position[] = [];
	for (const p of ring) {
		if (onBorder(p)) {
			if (run.length > 1) runs.push(run);
			run = [];
		} else run.push(p);
	}
	if (run.length > 1) runs.push(run);
	// The ring is closed (last point = first): a run through its start is one line, not two.
	if (runs.length > 1 && !onBorder(ring[0]!)) {
		const first = runs.shift()!;
		runs[runs.length - 1] = [...runs[runs.length - 1]!, ...first.slice(1)];
	}
	return runs;
}

/** Splits a line into pieces of one fade step each; the pieces share their end points. */
function byFade(line: Position[], fadeOf: (p: Position) => number): { fade: number; line: Position[] }[] {
	const pieces: { fade: number; line: Position[] }[] = [];
	let current: { fade: number; line: Position[] } | null = null;
	for (const p of line) {
		const fade = fadeOf(p);
		if (current && current.fade === fade) current.line.push(p);
		else {
			if (current) current.line.push(p);
			current = { fade, line: current ? [current.line[current.line.length - 1]!, p] : [p] };
			pieces.push(current);
		}
	}
	return pieces.filter((q) => q.fade > 0 && q.line.length > 1);
}

export function buildContours(
	grid: Grid,
	geo: GridGeo,
	{ interval, index, weight, fadeSteps }: ContourOptions
): FeatureCollection<LineString, ContourProps> {
	let min = Infinity;
	let max = -Infinity;
	for (const v of grid.values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	const levels: number[] = [];
	for (let l = Math.ceil(min / interval) * interval; l <= max; l += interval) if (l > 0) levels.push(l);
	const generator = contours().size([grid.width, grid.height]).thresholds(levels);
	// Grid x, y (sample i's centre at i + 0.5 in d3-contour's frame) to lon/lat.
	const toLngLat = ([x, y]: Position): Position => [
		round6(geo.west + (x! - 0.5) * geo.step),
		round6(geo.north - (y! - 0.5) * geo.step)
	];
	const fadeOf = (p: Position) => Math.floor(weight(p[0]!, p[1]!) * fadeSteps) / fadeSteps;
	const features: Feature<LineString, ContourProps>[] = [];
	for (const band of generator(Array.from(grid.values))) {
		for (const polygon of band.coordinates)
			for (const ring of polygon)
				for (const run of insideRuns(ring, grid.width, grid.height))
					for (const piece of byFade(run.map(toLngLat), fadeOf))
						features.push({
							type: 'Feature',
							properties: { ele: band.value, index: band.value % index === 0, fade: piece.fade },
							geometry: { type: 'LineString', coordinates: piece.line }
						});
	}
	return { type: 'FeatureCollection', features };
}
