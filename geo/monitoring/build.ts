/**
 * Builds static/data/monitoring-qingyuan.geojson from the declarative spec (./spec.ts) on the crests
 * read off the SRTM tile (./terrain.json). Run: npx tsx geo/monitoring/build.ts (root dependencies only).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	area as areaOf,
	booleanPointInPolygon,
	buffer,
	coordAll,
	featureCollection,
	intersect,
	length,
	lineString,
	pointToPolygonDistance,
	simplify
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { MonitoringFeature, MonitoringFile, MonitoringProperties } from '../../src/lib/data/types';
import { loadDem, type Dem } from '../lib/dem';
import { seededRandom } from '../lib/random';
import { qingyuanInputs, readTerrain, type TerrainAnalysis } from './analyse-terrain';
import { crestTransect, elevationAlong, randomSpacedPoint, round6, subSeed } from './layout';
import { QINGYUAN_SPEC, type AreaSpec, type MonitoringSpec, type PartSpec } from './spec';

export const OUTPUT_PATH = fileURLToPath(
	new URL('../../static/data/monitoring-qingyuan.geojson', import.meta.url)
);

export interface MonitoringInputs {
	terrain: TerrainAnalysis;
	county: Feature<Polygon | MultiPolygon>;
	dem: Dem;
}

export const monitoringInputs = (): MonitoringInputs => ({
	terrain: readTerrain(),
	county: qingyuanInputs().county,
	dem: loadDem()
});

function feature<G extends Point | LineString | Polygon>(
	geometry: G,
	properties: MonitoringProperties
): MonitoringFeature {
	return { type: 'Feature', properties, geometry };
}

const crestOf = (t: TerrainAnalysis, which: AreaSpec['crest']): Position[] =>
	which === 'east' ? t.east.crest.path : [...t.xianshan.crest.path, ...t.baihuayan.crest.path.slice(1)];

/** The crest widened either side, cut at the county outline; the largest piece, simplified. */
function projectArea(
	crest: Position[],
	a: AreaSpec,
	county: Feature<Polygon | MultiPolygon>
): Feature<Polygon> {
	const line = simplify(lineString(crest), { tolerance: 0.0002 });
	const wide = buffer(line, a.half_width_km, { units: 'kilometers', steps: 8 })!;
	const cut = intersect(featureCollection([wide, county]));
	if (!cut) throw new Error(`${a.area} area: the widened crest does not meet the county`);
	const polys = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
	const largest = polys
		.map((coordinates) => ({
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'Polygon' as const, coordinates }
		}))
		.sort((x, y) => areaOf(y) - areaOf(x))[0]!;
	const simple = simplify(largest, { tolerance: 0.0005, highQuality: true });
	return {
		...simple,
		geometry: { type: 'Polygon', coordinates: simple.geometry.coordinates.map((r) => r.map(round6)) }
	};
}

function ridgeFeature(spec: MonitoringSpec, part: PartSpec, path: Position[], dem: Dem): MonitoringFeature {
	const coords = simplify(lineString(path), { tolerance: spec.simplify_deg }).geometry.coordinates.map(
		round6
	);
	return feature(
		{ type: 'LineString', coordinates: coords },
		{
			id: `${spec.idPrefix}-wind-farm-${part.id}`,
			kind: 'wind-farm',
			name_zh: `百花岩风电场 · ${part.name_zh} (示意)`,
			name_en: `Baihuayan wind farm · ${part.name_en} ridge (schematic)`,
			schematic: true,
			source: spec.sources['wind-farm'],
			length_m: Math.round(length(lineString(coords), { units: 'meters' })),
			elevation_m: elevationAlong(dem, coords)
		}
	);
}

/** Buffering and cutting dominate a build: one per inputs, crest and width (tests build many times). */
const areaCache = new WeakMap<MonitoringInputs, Map<string, Feature<Polygon>>>();
function areaFor(inputs: MonitoringInputs, crest: Position[], a: AreaSpec): Feature<Polygon> {
	const cache = areaCache.get(inputs) ?? new Map<string, Feature<Polygon>>();
	areaCache.set(inputs, cache);
	const key = `${a.crest}|${a.half_width_km}`;
	const hit = cache.get(key) ?? projectArea(crest, a, inputs.county);
	cache.set(key, hit);
	return hit;
}

/** Pure: same spec and inputs in, same features out. */
export function buildMonitoring(
	spec: MonitoringSpec = QINGYUAN_SPEC,
	inputs: MonitoringInputs = monitoringInputs()
): MonitoringFile {
	const { terrain, dem } = inputs;
	const areas: MonitoringFeature[] = [];
	const transects: MonitoringFeature[] = [];
	const cameras: MonitoringFeature[] = [];
	for (const a of spec.areas) {
		const crest = crestOf(terrain, a.crest);
		const area = areaFor(inputs, crest, a);
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
			const coords = crestTransect(crest, area, dem, rndT, { ...spec.transect, band: a.transect_band_m });
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
						length_m: Math.round(length(lineString(coords), { units: 'meters' })),
						elevation_m: elevationAlong(dem, coords),
						elevation_band_m: a.transect_band_m
					}
				)
			);
		}
		const rndC = seededRandom(subSeed(spec.seed, `camera-${a.area}`));
		const taken: Position[] = [];
		for (let i = 1; i <= a.cameras; i++) {
			const p = randomSpacedPoint(area, dem, rndC, taken, spec.camera.min_spacing_m, a.camera_band_m);
			taken.push(p);
			const n = String(i).padStart(2, '0');
			const v = Math.round(dem.at(p[0]!, p[1]!)!);
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
						area: a.area,
						elevation_m: [v, v],
						elevation_band_m: a.camera_band_m
					}
				)
			);
		}
	}
	const ridges = [
		ridgeFeature(spec, spec.north, terrain.xianshan.crest.path, dem),
		ridgeFeature(spec, spec.south, terrain.baihuayan.crest.path, dem)
	];
	return { type: 'FeatureCollection', features: [...ridges, ...areas, ...transects, ...cameras] };
}

/** One feature per line: small diffs when the spec changes, no page of bracket lines. */
export function serialise(fc: MonitoringFile): string {
	const lines = fc.features.map((f) => '\t' + JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Every vertex must lie in 庆元县, where the farm and all four townships named for it are. The county
 * border follows the southern watershed the crest runs along, and the outline is simplified: a crest
 * vertex may stand up to 500 m beyond it.
 */
const BORDER_SLACK_M = 500;
function checkInsideCounty(fc: MonitoringFile, county: Feature<Polygon | MultiPolygon>): void {
	for (const f of fc.features)
		for (const p of coordAll(f)) {
			const out = booleanPointInPolygon(p, county)
				? 0
				: pointToPolygonDistance(p, county, { units: 'meters' });
			if (out > BORDER_SLACK_M)
				throw new Error(`${f.properties.id}: vertex ${p} lies ${Math.round(out)} m outside 庆元县`);
		}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const inputs = monitoringInputs();
	const fc = buildMonitoring(QINGYUAN_SPEC, inputs);
	checkInsideCounty(fc, inputs.county);
	writeFileSync(OUTPUT_PATH, serialise(fc));
	const count = (k: string) => fc.features.filter((f) => f.properties.kind === k).length;
	console.log(
		`wrote ${OUTPUT_PATH}: ${count('wind-farm')} wind-farm, ${count('project-area')} areas, ` +
			`${count('transect')} transects, ${count('camera')} cameras`
	);
}
