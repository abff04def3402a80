/** The monitoring file's geometric relations, checked by `npm run geo:check` (not shipped in the app). */
import { booleanPointInPolygon, booleanWithin, length } from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';
import {
	type ValidationError,
	type ValidationResult,
	type Report,
	done
} from '../../src/lib/data/validate/core';
import { validateMonitoring } from '../../src/lib/data/validate/monitoring';
import type { MonitoringFeature, MonitoringFile } from '../../src/lib/data/types';

/** The structure first; the geometry only of a file whose structure holds. */
export function validateMonitoringWithGeometry(
	json: unknown,
	file: string
): ValidationResult<MonitoringFile> {
	const structure = validateMonitoring(json, file);
	return structure.ok ? validateMonitoringGeometry(structure.data, file) : structure;
}

/**
 * Geometry relations, on a file that already passed validateMonitoring: transects wholly inside their
 * project area, cameras inside theirs, recorded lengths matching the lines.
 */
export function validateMonitoringGeometry(
	data: MonitoringFile,
	file: string
): ValidationResult<MonitoringFile> {
	const errors: ValidationError[] = [];
	const areaById = new Map<string, MonitoringFeature>();
	for (const f of data.features)
		if (f.properties.kind === 'project-area') areaById.set(f.properties.area!, f);
	for (const f of data.features) {
		const { kind, id, area } = f.properties;
		if (kind !== 'transect' && kind !== 'camera') continue;
		const report: Report = (field, message) => errors.push({ file, entity: 'feature', id, field, message });
		const outline = areaById.get(area!)!.geometry as Polygon;
		const inside =
			kind === 'camera'
				? booleanPointInPolygon(f.geometry as Point, outline)
				: booleanWithin(f.geometry as LineString, outline);
		if (!inside)
			report(
				'geometry',
				`must lie entirely inside the ${area} project area "${areaById.get(area!)!.properties.id}"`
			);
		if (kind === 'transect') {
			const metres = length(
				{ type: 'Feature', properties: {}, geometry: f.geometry as LineString },
				{ units: 'meters' }
			);
			const recorded = f.properties.length_m!;
			if (Math.abs(recorded - metres) > Math.max(1, metres * 0.005))
				report('length_m', `must match the line's length, ${Math.round(metres)} m (got ${recorded})`);
		}
	}
	return done(errors, data);
}
