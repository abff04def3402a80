/**
 * The monitoring file against the ground: every transect and camera must stand on ground inside the
 * elevation band the spec claims for it (elevation_band_m), and its recorded elevation_m must be what
 * the SRTM tile gives. Root dependencies only (CI runs it).
 */
import type { LineString, Point } from 'geojson';
import type { MonitoringFile } from '../../src/lib/data/types';
import type { Dem } from '../lib/dem';
import { elevationAlong } from '../monitoring/layout';

/** Recorded and measured ranges may differ by rounding only. */
const TOLERANCE_M = 2;

export function checkMonitoringTerrain(fc: MonitoringFile, file: string, dem: Dem): string[] {
	const errors: string[] = [];
	for (const f of fc.features) {
		const { kind, id, elevation_band_m: band, elevation_m: recorded } = f.properties;
		if (kind !== 'transect' && kind !== 'camera') continue;
		const where = `${file}: feature "${id}"`;
		let measured: [number, number];
		try {
			const coords =
				kind === 'camera' ? [(f.geometry as Point).coordinates] : (f.geometry as LineString).coordinates;
			measured =
				kind === 'camera'
					? ((v) => [v, v] as [number, number])(Math.round(dem.at(coords[0]![0]!, coords[0]![1]!) ?? NaN))
					: elevationAlong(dem, coords);
			if (measured.some(Number.isNaN)) throw new Error('outside the DEM');
		} catch {
			errors.push(
				`${where} field "geometry": lies outside the elevation tile, so its ground cannot be checked`
			);
			continue;
		}
		if (band && (measured[0] < band[0] || measured[1] > band[1]))
			errors.push(
				`${where} field "elevation_band_m": the ground under it is ${measured[0]}–${measured[1]} m, outside the claimed ${band[0]}–${band[1]} m`
			);
		if (recorded && recorded.some((v, i) => Math.abs(v - measured[i]!) > TOLERANCE_M))
			errors.push(
				`${where} field "elevation_m": records ${recorded[0]}–${recorded[1]} m, the ground is ${measured[0]}–${measured[1]} m`
			);
	}
	return errors;
}
