/**
 * Builds the basemap's unsimplified WGS84 layers from the sources: counties with the estuary water
 * erased, context provinces, lakes and rivers.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { loadCounties } from '../lib/counties';
import { collection, dcwRegionFeatures, readDcwRegions } from './dcw';
import { DEB_FILES } from './debs';
import { BAY_BBOX, BAY_SEED, CONTEXT_BBOX, NAMED_LAKES, NEIGHBOURS, RIVER_LEVELS } from './extent';
import { chainRings, readGshhgSegments, type Bbox } from './gshhg';
import { mapshaperGeojson } from './ms';

export interface BasemapLayers {
	counties: FeatureCollection;
	neighbours: FeatureCollection;
	lakes: FeatureCollection;
	rivers: FeatureCollection;
	bayWater: FeatureCollection;
}

export const bboxArg = (b: Bbox) => b.join(',');
export const ring = ([w, s, e, n]: Bbox): Position[] => [
	[w, s],
	[e, s],
	[e, n],
	[w, n],
	[w, s]
];

export function pointInRing([x, y]: Position, r: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
		const [xi, yi] = r[i] as [number, number];
		const [xj, yj] = r[j] as [number, number];
		if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

export function pointInPolygonal(p: Position, g: Polygon | MultiPolygon): boolean {
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polys.some(([outer, ...holes]) => pointInRing(p, outer!) && !holes.some((h) => pointInRing(p, h)));
}

/** The bay + estuary water: the polygon that the GSHHG shoreline and the bay's box close around the seed. */
async function bayWater(coast: Awaited<ReturnType<typeof readGshhgSegments>>): Promise<FeatureCollection> {
	const [w, s, e, n] = BAY_BBOX;
	const inBox = coast.filter(
		(f) =>
			f.properties.level === 1 &&
			f.geometry.coordinates.some(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n)
	);
	const frame: Feature = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: ring(BAY_BBOX) }
	};
	const polys = await mapshaperGeojson(
		`-i lines.json -clip bbox=${bboxArg(BAY_BBOX)} -polygons gap-tolerance=0.0005 -explode`,
		{ 'lines.json': collection([...inBox, frame]) }
	);
	const water = polys.features.filter((f) => pointInPolygonal(BAY_SEED, f.geometry as Polygon));
	if (water.length !== 1) throw new Error(`basemap: expected one bay water polygon, found ${water.length}`);
	return collection(water);
}

export async function buildLayers(): Promise<BasemapLayers> {
	const coast = await readGshhgSegments(DEB_FILES.gshhgCoast, CONTEXT_BBOX);
	const riverSegs = await readGshhgSegments(DEB_FILES.gshhgRivers, CONTEXT_BBOX);
	const water = await bayWater(coast);

	// Order matters (research README): erasing before the first clean collapsed three Jinhua counties.
	const counties = await mapshaperGeojson('-i counties.json -clean -erase water.json -clean', {
		'counties.json': loadCounties(),
		'water.json': water
	});
	if (counties.features.length !== 89)
		throw new Error(`basemap: ${counties.features.length} counties, not 89`);

	const regions = await readDcwRegions(
		DEB_FILES.dcw,
		NEIGHBOURS.map((n) => n.code)
	);
	const neighbourParts = regions.flatMap((r) => {
		const meta = NEIGHBOURS.find((n) => n.code === r.code)!;
		return dcwRegionFeatures(r, { name: meta.name, name_en: meta.name_en });
	});
	const neighbours = await mapshaperGeojson(
		`-i parts.json -clip bbox=${bboxArg(CONTEXT_BBOX)} -clean -dissolve fields=name copy-fields=name_en`,
		{ 'parts.json': collection(neighbourParts) }
	);

	const lakeRings = collection(chainRings(coast, 2));
	const named = NAMED_LAKES.map(
		(l) => `(c[0]>${l.bbox[0]}&&c[0]<${l.bbox[2]}&&c[1]>${l.bbox[1]}&&c[1]<${l.bbox[3]})?'${l.name}'`
	);
	const lakes = await mapshaperGeojson(
		`-i lakes.json -clip bbox=${bboxArg(CONTEXT_BBOX)} -clean -each "var c=[this.centroidX,this.centroidY]; name=${named.join(':')}:''" -filter-fields name`,
		{ 'lakes.json': lakeRings }
	);

	const rivers = await mapshaperGeojson(
		`-i rivers.json -filter "${RIVER_LEVELS.map((l) => `level==${l}`).join('||')}" -clip bbox=${bboxArg(CONTEXT_BBOX)} -filter-fields level`,
		{ 'rivers.json': collection(riverSegs) }
	);
	return { counties, neighbours, lakes, rivers, bayWater: water };
}
