import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, booleanWithin, distance, length } from '@turf/turf';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildMonitoring, monitoringInputs, OUTPUT_PATH, serialise } from '../../geo/monitoring/build';
import { elevationAlong } from '../../geo/monitoring/layout';
import { QINGYUAN_SPEC, type MonitoringSpec } from '../../geo/monitoring/spec';
import type { MonitoringFeature, MonitoringFile } from '../../src/lib/data/types';
import { golden } from './golden';

const FIXTURES = fileURLToPath(new URL('../fixtures/monitoring/', import.meta.url));
const inputs = monitoringInputs();
/** The Qingyuan spec with fewer features and another seed: a small golden file. */
const smallSpec: MonitoringSpec = {
	...QINGYUAN_SPEC,
	seed: 7,
	idPrefix: 'small',
	areas: QINGYUAN_SPEC.areas.map((a) => ({ ...a, transects: 3, cameras: 2 }))
};

const byKind = (fc: MonitoringFile, kind: string) => fc.features.filter((f) => f.properties.kind === kind);
const areaOf = (fc: MonitoringFile, f: MonitoringFeature) =>
	byKind(fc, 'project-area').find((a) => a.properties.area === f.properties.area) as {
		geometry: Polygon;
	} & MonitoringFeature;

describe('buildMonitoring fixture', () => {
	it('builds the small spec into the expected file (REGEN=1 rewrites it)', async () => {
		const actual = serialise(buildMonitoring(smallSpec, inputs));
		const expected = await golden(
			new URL('../fixtures/monitoring/small-expected.geojson', import.meta.url),
			() => actual
		);
		expect(actual).toBe(expected);
	});
});

describe.each([
	['small spec', smallSpec],
	['Qingyuan spec', QINGYUAN_SPEC]
])('properties of the %s', (_name, spec) => {
	const fc = buildMonitoring(spec, inputs);

	it('draws the counts the spec asks for', () => {
		for (const a of spec.areas) {
			const inArea = (k: string) => byKind(fc, k).filter((f) => f.properties.area === a.area).length;
			expect(inArea('transect')).toBe(a.transects);
			expect(inArea('camera')).toBe(a.cameras);
		}
		expect(byKind(fc, 'project-area').map((f) => f.properties.area)).toEqual(spec.areas.map((a) => a.area));
		expect(byKind(fc, 'wind-farm')).toHaveLength(2);
	});

	it('keeps every transect and camera inside its own project area', () => {
		for (const t of byKind(fc, 'transect'))
			expect(booleanWithin(t.geometry, areaOf(fc, t).geometry)).toBe(true);
		for (const c of byKind(fc, 'camera'))
			expect(booleanPointInPolygon(c.geometry as Point, areaOf(fc, c).geometry)).toBe(true);
	});

	it('records turf lengths within the spec range and keeps cameras apart', () => {
		for (const t of byKind(fc, 'transect')) {
			const m = length(t as Feature<LineString>, { units: 'meters' });
			expect(t.properties.length_m).toBe(Math.round(m));
			expect(m).toBeGreaterThanOrEqual(spec.transect.min_km * 1000 - 1);
			expect(m).toBeLessThanOrEqual(spec.transect.max_km * 1000 + 1);
		}
		const cams = byKind(fc, 'camera');
		for (const [i, a] of cams.entries())
			for (const b of cams.slice(i + 1))
				if (a.properties.area === b.properties.area)
					expect(
						distance(a.geometry as Point, b.geometry as Point, { units: 'meters' })
					).toBeGreaterThanOrEqual(spec.camera.min_spacing_m);
	});

	it('puts every transect and camera on ground inside its area’s band, and records that ground', () => {
		for (const f of [...byKind(fc, 'transect'), ...byKind(fc, 'camera')]) {
			const a = spec.areas.find((x) => x.area === f.properties.area)!;
			const band = f.properties.kind === 'camera' ? a.camera_band_m : a.transect_band_m;
			expect(f.properties.elevation_band_m, f.properties.id).toEqual(band);
			const at = (p: number[]) => Math.round(inputs.dem.at(p[0]!, p[1]!)!);
			const [lo, hi] =
				f.geometry.type === 'Point'
					? [at(f.geometry.coordinates), at(f.geometry.coordinates)]
					: elevationAlong(inputs.dem, (f.geometry as LineString).coordinates);
			expect(f.properties.elevation_m, f.properties.id).toEqual([lo, hi]);
			expect(lo >= band[0] && hi <= band[1], `${f.properties.id}: ${lo}–${hi}`).toBe(true);
		}
	});

	it('marks every feature schematic with a source line', () => {
		for (const f of fc.features) {
			expect(f.properties.schematic).toBe(true);
			expect(f.properties.source.length).toBeGreaterThan(5);
		}
	});

	it('is deterministic, and the seed matters', () => {
		expect(serialise(buildMonitoring(spec, inputs))).toBe(serialise(fc));
		expect(serialise(buildMonitoring({ ...spec, seed: spec.seed + 1 }, inputs))).not.toBe(serialise(fc));
	});
});

describe('Qingyuan layout against the published facts', () => {
	const fc = buildMonitoring(QINGYUAN_SPEC, inputs);
	const ridge = (id: string) => byKind(fc, 'wind-farm').find((f) => f.properties.id.endsWith(id))!;

	it('reads "20余条" as more than 20 transects and keeps 24 cameras', () => {
		expect(byKind(fc, 'transect').length).toBeGreaterThan(20);
		expect(byKind(fc, 'transect').length).toBeLessThan(30);
		expect(byKind(fc, 'camera')).toHaveLength(24);
	});

	it('draws 仙山 north of 百花岩, meeting at the gorge, and 百花岩 about 14 km long reaching 1200–1600 m', () => {
		const north = (ridge('xianshan').geometry as LineString).coordinates;
		const south = (ridge('baihuayan').geometry as LineString).coordinates;
		expect(north.at(-1)).toEqual(south[0]);
		expect(Math.min(...north.map((p) => p[1]!))).toBeGreaterThanOrEqual(south[0]![1]!);
		expect(Math.max(...south.map((p) => p[1]!))).toBeLessThanOrEqual(south[0]![1]! + 0.01);
		const km = ridge('baihuayan').properties.length_m! / 1000;
		expect(km).toBeGreaterThan(12);
		expect(km).toBeLessThan(16);
		const [, top] = ridge('baihuayan').properties.elevation_m!;
		expect(top).toBeGreaterThan(1500);
		expect(top).toBeLessThanOrEqual(1600);
		expect(ridge('xianshan').properties.elevation_m![1]).toBeLessThanOrEqual(1510);
	});

	it('is the committed static/data file', () => {
		expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(serialise(fc));
	});
});
