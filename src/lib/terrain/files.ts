/**
 * Names shared by the terrain build (geo/terrain/build.ts) and the map, so they cannot drift. Paths are
 * relative to static/ (served as the site's root). The terrain covers the Qingyuan wind-farm area only,
 * inside the one SRTM tile the project ships (27–28° N, 119–120° E).
 */

/** What the map credits while the terrain is drawn. */
export const TERRAIN_ATTRIBUTION = 'Terrain: SRTM3 (NASA/USGS, public domain)';

/**
 * The ellipse the relief fades out in, [west, south, east, north]: centred on the wind farm, clipped by
 * the SRTM tile's west edge (119° E). Inside `full` of its radius the relief is drawn whole.
 */
export const TERRAIN_EXTENT = {
	bbox: [119.0, 27.3, 119.32, 27.87] as [number, number, number, number],
	full: 0.55
} as const;

/** Zooms cut; MapLibre overzooms past maxzoom, and below minzoom nothing is drawn or fetched. */
export const TERRAIN_ZOOMS = { minzoom: 9, maxzoom: 11 } as const;

/** Terrarium-encoded elevation PNGs for the hillshade (a raster-dem source). */
export const TERRAIN_DEM = {
	path: 'terrain/dem/{z}/{x}/{y}.png',
	encoding: 'terrarium',
	tileSize: 256
} as const;

/** Contour lines as vector tiles: one layer, `contours`, with `ele`, `index` and `fade` (0–1). */
export const TERRAIN_CONTOURS = {
	path: 'terrain/contours/{z}/{x}/{y}.pbf',
	layer: 'contours',
	/** Metres between lines; every `index`-th metre value is an index line, drawn from minzoom. */
	interval: 100,
	index: 500,
	/** Every line from this zoom; before it, steep slopes pack 100 m lines a few pixels apart. */
	allFrom: 11
} as const;

export const TERRAIN_MANIFEST = 'terrain/manifest.json';
