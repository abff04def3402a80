/**
 * The basemap's vector-tile layers, derived from the county topology: what geo/basemap/tiles.ts cuts
 * into tiles (the style's `source-layer`s name them, src/lib/basemap/files.ts). Pure, shared by the tiler
 * and its tests.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BasemapObject, TileLayer } from '../../src/lib/basemap/files';

type CountyProps = { city: string };

/** Each tile layer as GeoJSON, including the three line meshes of the county topology. */
export function tileLayerData(topology: Topology): Record<TileLayer, GeoJSON.GeoJSON> {
	const object = (name: BasemapObject) => {
		const o = topology.objects[name];
		if (!o) throw new Error(`Basemap TopoJSON lacks the object "${name}"`);
		return o as GeometryCollection;
	};
	const features = (name: BasemapObject) => feature(topology, object(name)) as FeatureCollection;
	const counties = object('counties');
	const city = (g: GeometryObject) => (g.properties as CountyProps | undefined)?.city;
	const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
		mesh(topology, counties, filter) as MultiLineString;
	return {
		sea: features('sea'),
		neighbours: features('neighbours'),
		// The counties dissolved: one fill with no internal borders (drawn from the meshes below).
		land: merge(topology, counties.geometries as Parameters<typeof merge>[1]) as MultiPolygon,
		lakes: features('lakes'),
		rivers: features('rivers'),
		'county-lines': lines((a, b) => a !== b && city(a) === city(b)),
		'city-lines': lines((a, b) => a !== b && city(a) !== city(b)),
		// Arcs used once are the province's edge: land borders, the coast and every island.
		'province-outline': lines((a, b) => a === b),
		labels: features('labels')
	};
}
