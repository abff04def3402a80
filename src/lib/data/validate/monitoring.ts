/**
 * The Qingyuan monitoring file: schematic features and their counts. The geometric relations
 * (containment, lengths) are monitoring-geometry.ts's, checked at build time: they need turf's
 * geometry predicates, which the app would otherwise ship for a check the build already made.
 */
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
import { type MonitoringFile, type MonitoringKind } from '../types';

/** [low, high] whole metres, low ≤ high. */
const metresRange = (v: unknown) =>
	Array.isArray(v) && v.length === 2 && v.every(Number.isInteger) && (v[0] as number) <= (v[1] as number)
		? null
		: `must be [low, high] in whole metres (got ${shown(v)})`;

export function validateMonitoring(json: unknown, file: string): ValidationResult<MonitoringFile> {
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
		const placed = kind === 'transect' || kind === 'camera';
		need(props, 'elevation_m', metresRange, report, !placed);
		need(props, 'elevation_band_m', metresRange, report, !placed);
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
	return done(errors, json);
}
