/** The Qingyuan monitoring file: schematic features, their counts and containment. */
import { booleanPointInPolygon, booleanWithin, length } from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';
import {
	type ValidationError,
	type ValidationResult,
	MONITORING_KINDS,
	QINGYUAN_CAMERAS,
	QINGYUAN_MIN_TRANSECTS,
	GEOMETRY_BY_KIND,
	shown,
	type Report,
	nonEmptyString,
	positiveNumber,
	oneOf,
	need,
	checkGeometry,
	eachFeature,
	done
} from './core';
import { type MonitoringFeature, type MonitoringFile, type MonitoringKind } from '../types';

export function validateMonitoring(
	json: unknown,
	file: string,
	opts: { geometry?: boolean } = {}
): ValidationResult<MonitoringFile> {
	const errors: ValidationError[] = [];
	const kinds = new Map<string, number>();
	const areas: string[] = [];
	eachFeature(json, file, errors, ({ props, geometry, report }) => {
		for (const f of ['id', 'name_zh', 'name_en', 'source']) need(props, f, nonEmptyString, report);
		// Checked even when absent: "is required" would not say why.
		if (props.schematic !== true)
			report(
				'schematic',
				`must be true: only counts and layout are published, every feature is a reconstruction (got ${shown(props.schematic)})`
			);
		const kindOk = need(props, 'kind', oneOf(MONITORING_KINDS), report);
		const kind = kindOk ? (props.kind as MonitoringKind) : null;
		if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		need(props, 'area', oneOf(['east', 'west']), report, kind === 'wind-farm' || kind === null);
		if (kind === 'project-area' && typeof props.area === 'string') areas.push(props.area);
		need(props, 'length_m', positiveNumber, report, kind !== 'transect');
		checkGeometry(geometry, kind ? GEOMETRY_BY_KIND[kind] : ['Point', 'LineString', 'Polygon'], report);
	});
	if (errors.some((e) => e.field === 'type' && !e.entity)) return done(errors, json);
	const count = (k: MonitoringKind) => kinds.get(k) ?? 0;
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (count('camera') !== QINGYUAN_CAMERAS)
		fileReport(
			'features',
			`must hold ${QINGYUAN_CAMERAS} camera features ("红外观测样点24个") (got ${count('camera')})`
		);
	if (count('transect') < QINGYUAN_MIN_TRANSECTS)
		fileReport(
			'features',
			`must hold more than 20 transect features ("观测样线20余条") (got ${count('transect')})`
		);
	if (areas.length !== 2 || !areas.includes('east') || !areas.includes('west'))
		fileReport('features', `must hold exactly two project areas, "east" and "west" (got ${shown(areas)})`);
	if (count('wind-farm') < 1) fileReport('features', 'must hold at least one wind-farm feature (got 0)');
	if (errors.length || opts.geometry === false) return done(errors, json);
	return validateMonitoringGeometry(json as MonitoringFile, file);
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
