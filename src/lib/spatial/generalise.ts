/**
 * Sensitive points (camera traps) shown generalised: each point is replaced by the grid cell holding
 * it, with how many points the cell holds. An exact camera position invites theft and disturbs the
 * wildlife it watches; a cell says "about here" and no more.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';

export interface CellProperties {
	id: string;
	/** Points falling in the cell. */
	count: number;
	/** Cell edge, in kilometres. */
	cell_km: number;
}
export type Cell = Feature<Polygon, CellProperties>;

const KM_PER_DEGREE_LAT = 111.32;

/**
 * Snap points to a grid of square-ish cells of `cellKm` anchored at 0°,0°. Rows are cellKm of latitude;
 * within a row the longitude step is widened by 1/cos(row centre), so cells stay about square.
 * Cells come out sorted by row then column, so the result does not depend on the input order.
 */
export function snapToGrid(
	points: Feature<Point>[],
	cellKm: number
): FeatureCollection<Polygon, CellProperties> {
	if (!(cellKm > 0)) throw new Error(`cell size must be positive, got ${cellKm}`);
	const dLat = cellKm / KM_PER_DEGREE_LAT;
	const cells = new Map<string, { row: number; col: number; count: number }>();
	for (const point of points) {
		const [lng, lat] = point.geometry.coordinates as [number, number];
		const row = Math.floor(lat / dLat);
		const col = Math.floor(lng / lngStep(row, dLat));
		const key = `${row}:${col}`;
		const cell = cells.get(key) ?? { row, col, count: 0 };
		cell.count += 1;
		cells.set(key, cell);
	}
	const features = [...cells.values()]
		.sort((a, b) => a.row - b.row || a.col - b.col)
		.map(({ row, col, count }): Cell => {
			const dLng = lngStep(row, dLat);
			const [s, n, w, e] = [row * dLat, (row + 1) * dLat, col * dLng, (col + 1) * dLng].map(round);
			return {
				type: 'Feature',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[w!, s!],
							[e!, s!],
							[e!, n!],
							[w!, n!],
							[w!, s!]
						]
					]
				},
				properties: { id: `cell-${row}-${col}`, count, cell_km: cellKm }
			};
		});
	return { type: 'FeatureCollection', features };
}

function lngStep(row: number, dLat: number): number {
	const centre = ((row + 0.5) * dLat * Math.PI) / 180;
	return dLat / Math.cos(centre);
}

/** Six decimals: 0.1 m, finer than any cell edge needs. */
function round(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}
