/**
 * Builds the terrain under the Qingyuan monitoring layers from geo/sources/dem/N27E119.hgt (SRTM3,
 * public domain): `npx tsx geo/terrain/build.ts` (a step of `npm run geo:build`). Writes
 * static/terrain/dem/ (Terrarium PNGs for a raster-dem hillshade), static/terrain/contours/ (vector
 * tiles) and static/terrain/manifest.json, replacing the old set.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadDem } from '../lib/dem';
import { prettyJson } from '../basemap/format-json';
import { npmVersion } from '../basemap/sources';
import {
	TERRAIN_ATTRIBUTION,
	TERRAIN_CONTOURS,
	TERRAIN_DEM,
	TERRAIN_EXTENT,
	TERRAIN_MANIFEST,
	TERRAIN_ZOOMS
} from '../../src/lib/terrain/files';
import { buildContours } from './contours';
import { demTiles } from './dem-tiles';
import { broadWeight, demWindow, fineWeight, sampler } from './region';
import { fadeRelief, fillVoids } from './relief';
import { cutVectorTiles } from './vector-tiles';

const STATIC = fileURLToPath(new URL('../../static/', import.meta.url));
/** Samples (3″, about 90 m) between the fine relief and the broad: about 2.7 km. */
const BLUR_RADIUS = 30;
/** Metres the hillshade's elevations are rounded to: finer than SRTM3's vertical accuracy (about 10 m). */
const DEM_STEP = 1;
/** geojson-vt's simplification in tile units (4096 a tile): half a pixel at 256 px, where lines stay smooth. */
const CONTOUR_TOLERANCE = 8;
const FADE_STEPS = 4;

function writeTiles(path: string, tiles: { z: number; x: number; y: number; data: Uint8Array }[]) {
	let bytes = 0;
	let gzip = 0;
	for (const { z, x, y, data } of tiles) {
		const file = join(STATIC, path.replace('{z}', `${z}`).replace('{x}', `${x}`).replace('{y}', `${y}`));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, data);
		bytes += data.length;
		gzip += gzipSync(data, { level: 9 }).length;
	}
	const perZoom: Record<number, number> = {};
	for (const t of tiles) perZoom[t.z] = (perZoom[t.z] ?? 0) + 1;
	return { tiles: tiles.length, per_zoom: perZoom, bytes, gzip_bytes: gzip };
}

const dem = loadDem();
const { grid, geo } = demWindow(dem);
const at = (col: number, row: number): [number, number] => [
	geo.west + col * geo.step,
	geo.north - row * geo.step
];
const relief = fadeRelief(grid, {
	blurRadius: BLUR_RADIUS,
	fineWeight: (c, r) => fineWeight(...at(c, r)),
	broadWeight: (c, r) => broadWeight(...at(c, r))
});
// Outside the window the relief is its flat rim: the corner sample, which every weight has flattened.
const flat = relief.values[0]!;
const dem_ = demTiles(sampler(relief, geo, flat), TERRAIN_EXTENT.bbox, {
	minZoom: TERRAIN_ZOOMS.minzoom,
	maxZoom: TERRAIN_ZOOMS.maxzoom,
	step: DEM_STEP
});
const contours = buildContours(fillVoids(grid), geo, {
	interval: TERRAIN_CONTOURS.interval,
	index: TERRAIN_CONTOURS.index,
	weight: fineWeight,
	fadeSteps: FADE_STEPS
});
// Before `allFrom` the map draws only the index lines, so those tiles carry only them.
const indexOnly = { ...contours, features: contours.features.filter((f) => f.properties.index) };
const cut = (data: typeof contours, minZoom: number, maxZoom: number) =>
	cutVectorTiles({ [TERRAIN_CONTOURS.layer]: data }, TERRAIN_EXTENT.bbox, {
		minZoom,
		maxZoom,
		tolerance: CONTOUR_TOLERANCE
	});
const vector = [
	...cut(indexOnly, TERRAIN_ZOOMS.minzoom, TERRAIN_CONTOURS.allFrom - 1),
	...cut(contours, TERRAIN_CONTOURS.allFrom, TERRAIN_ZOOMS.maxzoom)
];

for (const dir of ['terrain/dem', 'terrain/contours'])
	rmSync(join(STATIC, dir), { recursive: true, force: true });
const demStats = writeTiles(
	TERRAIN_DEM.path,
	dem_.map((t) => ({ ...t, data: t.png }))
);
const contourStats = writeTiles(TERRAIN_CONTOURS.path, vector);

const manifestPath = join(STATIC, TERRAIN_MANIFEST);
const manifest = {
	generated_by: 'npx tsx geo/terrain/build.ts',
	attribution: TERRAIN_ATTRIBUTION,
	source: {
		file: 'geo/sources/dem/N27E119.hgt',
		name: 'SRTM3 (Shuttle Radar Topography Mission, 3 arc-second), tile N27E119',
		licence: 'public domain (NASA/USGS)',
		datum: 'WGS84 horizontal, EGM96 geoid heights in metres',
		samples: '1201 × 1201 (3″), read by geo/lib/dem.ts; voids filled with the window’s mean'
	},
	extent: {
		bbox: TERRAIN_EXTENT.bbox,
		shape:
			'the ellipse inscribed in bbox; relief whole inside `full` of its radius, fading to flat at its edge',
		full: TERRAIN_EXTENT.full
	},
	zooms: TERRAIN_ZOOMS,
	hillshade: {
		path: TERRAIN_DEM.path,
		encoding: TERRAIN_DEM.encoding,
		tile_size: TERRAIN_DEM.tileSize,
		rounding_m: DEM_STEP,
		fade:
			'mean + wb·(S − mean) + wf·(e − S), S = e blurred (3 box passes, radius ' +
			`${BLUR_RADIUS} samples): fine and broad relief fade over separate rings (geo/terrain/relief.ts)`,
		...demStats
	},
	contours: {
		path: TERRAIN_CONTOURS.path,
		layer: TERRAIN_CONTOURS.layer,
		interval_m: TERRAIN_CONTOURS.interval,
		index_m: TERRAIN_CONTOURS.index,
		fields: {
			ele: 'metres',
			index: `ele is a multiple of ${TERRAIN_CONTOURS.index}`,
			fade: 'opacity share, 0–1'
		},
		features: contours.features.length,
		...contourStats
	},
	tools: { 'd3-contour': npmVersion('d3-contour'), 'fast-png': npmVersion('fast-png') }
};
writeFileSync(manifestPath, await prettyJson(manifest, manifestPath));
console.log(
	`terrain: ${demStats.tiles} DEM tiles ${Math.round(demStats.bytes / 1024)} KB, ` +
		`${contourStats.tiles} contour tiles ${Math.round(contourStats.gzip_bytes / 1024)} KB gzip ` +
		`(${contours.features.length} contour pieces)`
);
