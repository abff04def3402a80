import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, validateMonitoring, type ValidationResult } from '../../src/lib/data/validate';
import {
	validateMonitoringGeometry,
	validateMonitoringWithGeometry
} from '../../geo/validate/monitoring-geometry';
import type { MonitoringFile } from '../../src/lib/data/types';

const DIR = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const FILE = 'static/data/monitoring-qingyuan.geojson';
const read = (fixture: string) => JSON.parse(readFileSync(DIR + fixture, 'utf8'));
const messages = (r: ValidationResult<unknown>) => (r.ok ? [] : r.errors.map(formatError));

describe('validateMonitoring', () => {
	it('passes the valid fixture, geometry relations included', () => {
		expect(messages(validateMonitoringWithGeometry(read('monitoring-valid.geojson'), FILE))).toEqual([]);
	});

	it('reports an unclosed ring with its ring index', () => {
		expect(messages(validateMonitoring(read('monitoring-unclosed-ring.geojson'), FILE))).toContain(
			`${FILE}: feature "area-west" field "geometry.coordinates[0]": ring is not closed: first position [119.1,27.5] differs from last [119.1,27.51]`
		);
	});

	it('reports a missing schematic flag', () => {
		expect(messages(validateMonitoring(read('monitoring-missing-schematic.geojson'), FILE))).toContain(
			`${FILE}: feature "camera-w01" field "schematic": must be true: only counts and layout are published, every feature is a reconstruction (got nothing)`
		);
	});

	it('reports the published counts at file level', () => {
		expect(messages(validateMonitoring(read('monitoring-missing-schematic.geojson'), FILE))).toEqual([
			`${FILE}: feature "camera-w01" field "schematic": must be true: only counts and layout are published, every feature is a reconstruction (got nothing)`,
			`${FILE}: field "features": must hold 24 camera features ("红外观测样点24个") (got 1)`,
			`${FILE}: field "features": must hold more than 20 transect features ("观测样线20余条") (got 0)`,
			`${FILE}: field "features": must hold exactly two project areas, "east" and "west" (got [])`,
			`${FILE}: field "features": must hold at least one wind-farm feature (got 0)`
		]);
	});

	it('reports transects and cameras outside their own project area, and nothing else', () => {
		const fc = read('monitoring-transect-outside.geojson') as MonitoringFile;
		expect(messages(validateMonitoringGeometry(fc, FILE))).toEqual([
			`${FILE}: feature "transect-w02" field "geometry": must lie entirely inside the west project area "area-west"`,
			`${FILE}: feature "camera-e01" field "geometry": must lie entirely inside the east project area "area-east"`
		]);
	});

	it('runs the geometry relations on a file that is otherwise valid', () => {
		const fc = read('monitoring-valid.geojson') as MonitoringFile;
		const transect = fc.features.find(
			(f) => f.properties.kind === 'transect' && f.properties.area === 'west'
		)!;
		const east = fc.features.find(
			(f) => f.properties.kind === 'project-area' && f.properties.area === 'east'
		)!;
		transect.properties.area = 'east';
		const got = messages(validateMonitoringWithGeometry(fc, FILE));
		expect(got).toEqual([
			`${FILE}: feature "${transect.properties.id}" field "geometry": must lie entirely inside the east project area "${east.properties.id}"`
		]);
		expect(validateMonitoring(fc, FILE).ok).toBe(true);
	});

	it('reports a recorded length that does not match the line', () => {
		const fc = read('monitoring-valid.geojson') as MonitoringFile;
		const t = fc.features.find((f) => f.properties.kind === 'transect')!;
		const real = t.properties.length_m!;
		t.properties.length_m = real + 100;
		expect(messages(validateMonitoringWithGeometry(fc, FILE))).toEqual([
			`${FILE}: feature "${t.properties.id}" field "length_m": must match the line's length, ${real} m (got ${real + 100})`
		]);
	});

	it('reports an unknown kind, a wrong geometry for a kind, and a transect without area or length', () => {
		const fc = read('monitoring-valid.geojson');
		const [wind] = fc.features;
		const transect = fc.features.find(
			(f: { properties: { kind: string } }) => f.properties.kind === 'transect'
		);
		wind.properties.kind = 'turbine';
		transect.geometry = { type: 'Point', coordinates: [119.1, 27.5] };
		delete transect.properties.area;
		delete transect.properties.length_m;
		const id = transect.properties.id;
		expect(messages(validateMonitoring(fc, FILE))).toEqual(
			expect.arrayContaining([
				`${FILE}: feature "${wind.properties.id}" field "kind": must be one of "wind-farm", "project-area", "transect", "camera" (got "turbine")`,
				`${FILE}: feature "${id}" field "area": is required`,
				`${FILE}: feature "${id}" field "length_m": is required`,
				`${FILE}: feature "${id}" field "geometry.type": must be "LineString" (got "Point")`
			])
		);
	});
});
