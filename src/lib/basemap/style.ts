/**
 * The offline basemap as a MapLibre style, built from the parsed TopoJSON: no tiles, no glyph
 * server; labels use the subset Noto Sans CJK SC files through the style's `font-faces`.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
	BASEMAP_ATTRIBUTION,
	BASEMAP_FONTS,
	type BasemapFont,
	type BasemapObject,
	type LabelKind
} from './files';

export { loadBasemap } from './load';
export { BASEMAP_ATTRIBUTION };

export interface BasemapStyleOptions {
	/** Absolute URL of the folder holding the subset fonts, ending in '/' (e.g. …/basemap/fonts/). */
	fontBaseUrl: string;
}

export const BASEMAP_COLORS = {
	background: '#e7e4dc',
	sea: '#c3d2dd',
	land: '#fbf9f3',
	// One tint for every neighbour: per-province tints cost a second fill shader for little contrast.
	neighbours: '#e8e4da',
	neighbourLine: '#b4ada0',
	river: '#9fb9cc',
	countyLine: '#d3ccbd',
	cityLine: '#9d927f',
	provinceLine: '#6e6556',
	text: '#3a342b',
	textMuted: '#706a5f',
	waterText: '#557086',
	halo: '#fffdf8'
} as const;

/** Layer ids, bottom to top; the app inserts its own layers above the last. */
export const BASEMAP_LAYER_IDS = [
	'basemap-background',
	'basemap-sea',
	'basemap-neighbours',
	'basemap-neighbour-lines',
	'basemap-land',
	'basemap-lakes',
	'basemap-rivers',
	'basemap-county-lines',
	'basemap-city-lines',
	'basemap-province-outline',
	'basemap-label-sea',
	'basemap-label-lake',
	'basemap-label-province',
	'basemap-label-county',
	'basemap-label-city'
] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

const REGULAR: BasemapFont = 'Noto Sans CJK SC Regular';
const BOLD: BasemapFont = 'Noto Sans CJK SC Bold';

type CountyProps = { city: string };

function geojson(data: GeoJSON.GeoJSON): GeoJSONSourceSpecification {
	return { type: 'geojson', data };
}

/** Builds the GeoJSON sources, including the three line meshes of the county topology. */
export function basemapSources(topology: Topology): Record<string, GeoJSONSourceSpecification> {
	const object = (name: BasemapObject) => {
		const o = topology.objects[name];
		if (!o) throw new Error(`Basemap TopoJSON lacks the object "${name}"`);
		return o as GeometryCollection;
	};
	const features = (name: BasemapObject) => feature(topology, object(name)) as FeatureCollection;
	const counties = object('counties');
	const city = (g: GeometryObject) => (g.properties as CountyProps | undefined)?.city;
	const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean) =>
		geojson(mesh(topology, counties, filter) as MultiLineString);
	return {
		'basemap-sea': geojson(features('sea')),
		'basemap-neighbours': geojson(features('neighbours')),
		// The land is the counties dissolved: one fill with no internal borders is a fifth of the vertices
		// the 89 county polygons would send to the worker (the borders are drawn from the meshes below).
		// The credit rides on it, so MapLibre's attribution control shows it while the basemap is on.
		'basemap-land': {
			...geojson(merge(topology, counties.geometries as Parameters<typeof merge>[1]) as MultiPolygon),
			attribution: BASEMAP_ATTRIBUTION
		},
		'basemap-lakes': geojson(features('lakes')),
		'basemap-rivers': geojson(features('rivers')),
		'basemap-county-lines': lines((a, b) => a !== b && city(a) === city(b)),
		'basemap-city-lines': lines((a, b) => a !== b && city(a) !== city(b)),
		// Arcs used once are the province's edge: land borders, the coast and every island.
		'basemap-province-outline': lines((a, b) => a === b),
		'basemap-labels': geojson(features('labels'))
	};
}

const zoomed = (stops: [number, number][]): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	...stops.flat()
];

/** "杭州" over a smaller "Hangzhou". */
const bilingual: ExpressionSpecification = [
	'format',
	['get', 'name'],
	{},
	'\n',
	{},
	['get', 'name_en'],
	{ 'font-scale': 0.78 }
];

function labelLayer(
	id: BasemapLayerId,
	kind: LabelKind,
	font: BasemapFont,
	size: ExpressionSpecification | number,
	color: string,
	extra: Partial<SymbolLayerSpecification> = {}
): SymbolLayerSpecification {
	const filter: FilterSpecification = ['==', ['get', 'kind'], kind];
	return {
		id,
		type: 'symbol',
		source: 'basemap-labels',
		filter,
		...extra,
		layout: {
			'text-field': bilingual,
			'text-font': [font],
			'text-size': size,
			'text-line-height': 1.15,
			'text-max-width': 12,
			'text-padding': 3,
			...extra.layout
		},
		paint: {
			'text-color': color,
			'text-halo-color': BASEMAP_COLORS.halo,
			'text-halo-width': 1.4,
			...extra.paint
		}
	};
}

/**
 * Each distinct shader variant costs a compile before the first frame (about 0.1 s each in software GL,
 * tests/bench/programs.ts): fills keep antialiasing off (it adds an outline shader; the line layers draw
 * the edges) and use constant colours only.
 */
function layers(): LayerSpecification[] {
	const c = BASEMAP_COLORS;
	return [
		{ id: 'basemap-background', type: 'background', paint: { 'background-color': c.background } },
		{
			id: 'basemap-sea',
			type: 'fill',
			source: 'basemap-sea',
			paint: { 'fill-color': c.sea, 'fill-antialias': false }
		},
		{
			id: 'basemap-neighbours',
			type: 'fill',
			source: 'basemap-neighbours',
			paint: { 'fill-color': c.neighbours, 'fill-antialias': false }
		},
		{
			id: 'basemap-neighbour-lines',
			type: 'line',
			source: 'basemap-neighbours',
			paint: { 'line-color': c.neighbourLine, 'line-width': 0.7 }
		},
		{
			id: 'basemap-land',
			type: 'fill',
			source: 'basemap-land',
			paint: { 'fill-color': c.land, 'fill-antialias': false }
		},
		{
			id: 'basemap-lakes',
			type: 'fill',
			source: 'basemap-lakes',
			paint: { 'fill-color': c.sea, 'fill-antialias': false }
		},
		{
			id: 'basemap-rivers',
			type: 'line',
			source: 'basemap-rivers',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': c.river,
				'line-width': zoomed([
					[5, 0.4],
					[8, 0.9],
					[11, 1.8]
				])
			}
		},
		{
			id: 'basemap-county-lines',
			type: 'line',
			source: 'basemap-county-lines',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.countyLine,
				'line-width': zoomed([
					[5, 0.4],
					[9, 1]
				])
			}
		},
		{
			id: 'basemap-city-lines',
			type: 'line',
			source: 'basemap-city-lines',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.cityLine,
				'line-width': zoomed([
					[5, 0.8],
					[9, 1.6]
				])
			}
		},
		{
			id: 'basemap-province-outline',
			type: 'line',
			source: 'basemap-province-outline',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.provinceLine,
				'line-width': zoomed([
					[5, 0.7],
					[9, 1.5]
				])
			}
		},
		// Higher layers are placed first, so city names win collisions over county names.
		labelLayer('basemap-label-sea', 'sea', REGULAR, 13, c.waterText, {
			layout: { 'text-letter-spacing': 0.15 }
		}),
		labelLayer('basemap-label-lake', 'lake', REGULAR, 11, c.waterText, { minzoom: 6.5 }),
		labelLayer('basemap-label-province', 'province', REGULAR, 13, c.textMuted),
		labelLayer(
			'basemap-label-county',
			'county',
			REGULAR,
			zoomed([
				[7.5, 10.5],
				[10, 13]
			]),
			c.textMuted,
			{
				minzoom: 7.5
			}
		),
		labelLayer(
			'basemap-label-city',
			'city',
			BOLD,
			zoomed([
				[5, 12],
				[9, 16]
			]),
			c.text,
			{ maxzoom: 10 }
		)
	];
}

export function basemapStyle(topology: Topology, opts: BasemapStyleOptions): StyleSpecification {
	const base = opts.fontBaseUrl.endsWith('/') ? opts.fontBaseUrl : `${opts.fontBaseUrl}/`;
	return {
		version: 8,
		name: 'Zhejiang offline basemap',
		sources: basemapSources(topology),
		'font-faces': Object.fromEntries(
			Object.entries(BASEMAP_FONTS).map(([name, file]) => [name, `${base}${file}`])
		),
		layers: layers()
	};
}
