/**
 * "Is this point in Zhejiang?" against the basemap topology. Root dependencies only (CI runs it).
 * The basemap's object names are chosen by another module, so the outline is found by inspection.
 */
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

export interface ProvinceOutline {
	polygons: Feature<Polygon | MultiPolygon>[];
	/** Which topology objects were used, for the summary. */
	objects: string[];
}

/** Zhejiang's GB/T 2260 province code: county adcodes start with it. */
const ZHEJIANG_ADCODE = '33';

function polygonsOf(topology: Topology, name: string): Feature<Polygon | MultiPolygon>[] {
	const fc = feature(topology, topology.objects[name] as GeometryObject);
	const features: Feature[] = 'features' in fc ? fc.features : [fc];
	return features.filter(
		(f): f is Feature<Polygon | MultiPolygon> =>
			f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
	);
}

/**
 * Prefer an object named for the province; else the county objects (keeping only adcode 33xxxx where
 * adcodes exist, in case neighbours were added for context); else every polygonal object.
 */
export function provinceOutline(topology: Topology): ProvinceOutline {
	const names = Object.keys(topology.objects);
	const province = names.find((n) => /^(zhejiang|province)$/i.test(n));
	if (province) return { polygons: polygonsOf(topology, province), objects: [province] };
	const counties = names.filter((n) => /count/i.test(n));
	const chosen = counties.length ? counties : names;
	const polygons = chosen
		.flatMap((n) => polygonsOf(topology, n))
		.filter((f) => {
			const adcode = f.properties?.adcode;
			return typeof adcode !== 'string' || adcode.startsWith(ZHEJIANG_ADCODE);
		});
	return { polygons, objects: chosen.filter((n) => polygonsOf(topology, n).length > 0) };
}

/** 0 inside; otherwise metres to the nearest outline polygon. */
export function metresOutside(outline: ProvinceOutline, p: Position): number {
	// Containment first, for all: distances are costly and needed only for the few points outside.
	if (outline.polygons.some((poly) => booleanPointInPolygon(p, poly))) return 0;
	return Math.min(...outline.polygons.map((poly) => pointToPolygonDistance(p, poly, { units: 'meters' })));
}
