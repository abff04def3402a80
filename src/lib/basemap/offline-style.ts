/**
 * The offline basemap as a MapLibre style: vector tiles shipped with the app (cut from the TopoJSON at
 * build time), no glyph server; labels use the subset Noto Sans CJK SC files through `font-faces`.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import {
	BASEMAP_ATTRIBUTION,
	BASEMAP_FONTS,
	BASEMAP_TILES,
	type BasemapFont,
	type LabelKind,
	type TileLayer
} from './files';

export { loadBasemap } from './topojson';
export { BASEMAP_ATTRIBUTION };

/** The one vector source of the basemap: tiles cut at build time (geo/basemap/tiles.ts). */
export const BASEMAP_SOURCE = 'basemap';

export interface BasemapStyleOptions {
	/** Absolute URL of the basemap folder (static/basemap/, served as …/basemap/), ending in '/'. */
	baseUrl: string;
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

const on = (layer: TileLayer) => ({ source: BASEMAP_SOURCE, 'source-layer': layer });

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
		...on('labels'),
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
			...on('sea'),
			paint: { 'fill-color': c.sea, 'fill-antialias': false }
		},
		{
			id: 'basemap-neighbours',
			type: 'fill',
			...on('neighbours'),
			paint: { 'fill-color': c.neighbours, 'fill-antialias': false }
		},
		{
			id: 'basemap-neighbour-lines',
			type: 'line',
			...on('neighbours'),
			paint: { 'line-color': c.neighbourLine, 'line-width': 0.7 }
		},
		{
			id: 'basemap-land',
			type: 'fill',
			...on('land'),
			paint: { 'fill-color': c.land, 'fill-antialias': false }
		},
		{
			id: 'basemap-lakes',
			type: 'fill',
			...on('lakes'),
			paint: { 'fill-color': c.sea, 'fill-antialias': false }
		},
		{
			id: 'basemap-rivers',
			type: 'line',
			...on('rivers'),
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
			...on('county-lines'),
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
			...on('city-lines'),
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
			...on('province-outline'),
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
			REGULAR,
			// One weight ships; cities stand out from counties by size, ink and a wider halo instead.
			zoomed([
				[5, 13],
				[9, 17]
			]),
			c.text,
			{ maxzoom: 10, paint: { 'text-halo-width': 1.8 } }
		)
	];
}

export function basemapStyle({ baseUrl }: BasemapStyleOptions): StyleSpecification {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	const source: VectorSourceSpecification = {
		type: 'vector',
		tiles: [`${base}${BASEMAP_TILES.path}`],
		minzoom: 0,
		maxzoom: BASEMAP_TILES.maxzoom,
		bounds: [...BASEMAP_TILES.bounds],
		// The credit rides on the source, so MapLibre's attribution control shows it while the basemap is on.
		attribution: BASEMAP_ATTRIBUTION
	};
	return {
		version: 8,
		name: 'Zhejiang offline basemap',
		sources: { [BASEMAP_SOURCE]: source },
		'font-faces': Object.fromEntries(
			Object.entries(BASEMAP_FONTS).map(([name, file]) => [name, `${base}fonts/${file}`])
		),
		layers: layers()
	};
}

/** The whole basemap as TopoJSON: the tiles' source, and the county polygons for browsing by area. */
export const BASEMAP_FILE = 'basemap/zhejiang.topojson';

/** The offline basemap: a style over the vector tiles shipped in static/basemap/, nothing to fetch first. */
export function offlineBasemapStyle(): StyleSpecification {
	return basemapStyle({ baseUrl: new URL('basemap/', document.baseURI).href });
}

/** Kept async so a basemap that must be fetched first can take its place; failures arrive as tile errors. */
export async function loadBasemapStyle(): Promise<{ style: StyleSpecification; message: string | null }> {
	return { style: offlineBasemapStyle(), message: null };
}
