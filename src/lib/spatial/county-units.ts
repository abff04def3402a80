/** The basemap's county polygons as browseable units: names, city and bounding box. */
import { bbox } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountyUnit } from './admin-tree';
import type { BBox } from './fit';

interface CountyProps {
	adcode: string;
	name: string;
	name_en: string;
	city: string;
	city_en: string;
}

export function countyUnits(topology: Topology): CountyUnit[] {
	const object = topology.objects['counties'] as GeometryCollection<CountyProps> | undefined;
	if (!object) return [];
	return feature(topology, object).features.map((f) => ({ ...f.properties!, bbox: bbox(f) as BBox }));
}
