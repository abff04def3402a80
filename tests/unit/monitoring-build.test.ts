import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, booleanWithin, distance, length } from '@turf/turf';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildMonitoring, OUTPUT_PATH, serialise } from '../../geo/monitoring/build';
import { QINGYUAN_SPEC, type MonitoringSpec } from '../../geo/monitoring/spec';
import type { MonitoringFeature, MonitoringFile } from '../../src/lib/data/types';
import { golden } from './golden';

const FIXTURES = fileURLToPath(new URL('../fixtures/monitoring/', import.meta.url));
const smallSpec = JSON.parse(readFileSync(FIXTURES + 'small-spec.json', 'utf8')) as MonitoringSpec;

const byKind = (fc: MonitoringFile, kind: string) => fc.features.filter((f) => f.properties.kind === kind);
const areaOf = (fc: MonitoringFile, f: MonitoringFeature) =>
	byKind(fc, 'project-area').find((a) => a.properties.area === f.properties.area) as {
		geometry: Polygon;
	} & MonitoringFeature;

describe('buildMonitoring fixture', () => {
	it('builds the small spec into the expected file (REGEN=1 rewrites it)', async () => {
		const actual = serialise(buildMonitoring(smallSpec));
		const expected = await golden(
			new URL('../fixtures/monitoring/small-expected.geojson', import.meta.url),
			() => actual
		);
		expect(actual).toBe(expected);
	});
});

describe.each([
	['small fixture spec', smallSpec],
	['Qingyuan spec', QINGYUAN_SPEC]
])('properties of the %s', (_name, spec) => {
	const fc = buildMonitoring(spec);

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

	it('draws the ridge north–south: north segment, gorge gap, south segment of the stated lengths', () => {
		const [north, south] = byKind(fc, 'wind-farm').map((f) => (f.geometry as LineString).coordinates);
		const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' });
		expect(north![0]![0]).toBeCloseTo(south![1]![0]!, 5);
		expect(north![0]![1]).toBeGreaterThan(south![0]![1]!);
		expect(km(north![0]!, north![1]!)).toBeCloseTo(spec.ridge.north.length_km, 1);
		expect(km(north![1]!, south![0]!)).toBeCloseTo(spec.ridge.gorge.width_km, 1);
		expect(km(south![0]!, south![1]!)).toBeCloseTo(spec.ridge.south.length_km, 1);
	});

	it('marks every feature schematic with a source line', () => {
		for (const f of fc.features) {
			expect(f.properties.schematic).toBe(true);
			expect(f.properties.source.length).toBeGreaterThan(5);
		}
	});

	it('is deterministic, and the seed matters', () => {
		expect(serialise(buildMonitoring(spec))).toBe(serialise(fc));
		expect(serialise(buildMonitoring({ ...spec, seed: spec.seed + 1 }))).not.toBe(serialise(fc));
	});
});

describe('Qingyuan layout against the published facts', () => {
	const fc = buildMonitoring();
	const a = QINGYUAN_SPEC.anchors;

	it('reads "20余条" as more than 20 transects and keeps 24 cameras', () => {
		expect(byKind(fc, 'transect').length).toBeGreaterThan(20);
		expect(byKind(fc, 'transect').length).toBeLessThan(30);
		expect(byKind(fc, 'camera')).toHaveLength(24);
	});

	it('puts the ridge between the western seats (county, 安南) and the eastern ones (五大堡, 举水)', () => {
		const lng = (byKind(fc, 'wind-farm')[0]!.geometry as LineString).coordinates[0]![0]!;
		expect(lng).toBeGreaterThan(Math.max(a.countySeat!.lng, a.annan!.lng));
		expect(lng).toBeLessThan(Math.min(a.wudabao!.lng, a.jushui!.lng));
	});

	it('leaves every township seat outside both areas, the east area short of 岭头', () => {
		for (const area of byKind(fc, 'project-area'))
			for (const seat of Object.values(a))
				expect(booleanPointInPolygon([seat.lng, seat.lat], area.geometry as Polygon)).toBe(false);
	});

	it('is the committed static/data file', () => {
		expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(serialise(fc));
	});
});
