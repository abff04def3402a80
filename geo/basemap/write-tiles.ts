/**
 * Writes the basemap's vector tiles: `npx tsx geo/basemap/write-tiles.ts` (a step of `npm run geo:build`).
 * Reads static/basemap/zhejiang.topojson and places.geojson, writes static/basemap/tiles/{z}/{x}/{y}.pbf, replacing the old set.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';
import { BASEMAP_PLACES, BASEMAP_TILES, BASEMAP_TOPOJSON } from '../../src/lib/basemap/files';
import { buildTiles, dataBounds, shippedTileOptions } from './tiles';

const OUT = fileURLToPath(new URL('../../static/basemap/', import.meta.url));
const topology = JSON.parse(readFileSync(join(OUT, BASEMAP_TOPOJSON), 'utf8')) as Topology;

const bounds = dataBounds(topology);
if (bounds.join() !== BASEMAP_TILES.bounds.join())
	throw new Error(`Set BASEMAP_TILES.bounds in src/lib/basemap/files.ts to [${bounds.join(', ')}]`);

const places = JSON.parse(readFileSync(join(OUT, BASEMAP_PLACES), 'utf8')) as FeatureCollection<Point>;
const detail = JSON.parse(readFileSync(join(OUT, BASEMAP_TILES.detail), 'utf8')) as Topology;
const tiles = buildTiles(topology, places, shippedTileOptions(detail));
rmSync(join(OUT, 'tiles'), { recursive: true, force: true });
let bytes = 0;
let gzip = 0;
for (const { z, x, y, data } of tiles) {
	const file = join(
		OUT,
		BASEMAP_TILES.path.replace('{z}', `${z}`).replace('{x}', `${x}`).replace('{y}', `${y}`)
	);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, data);
	bytes += data.length;
	gzip += gzipSync(data, { level: 9 }).length;
}
console.log(
	`basemap tiles: ${tiles.length} tiles z0–${BASEMAP_TILES.maxzoom}, ${Math.round(bytes / 1024)} KB (${Math.round(gzip / 1024)} KB gzip)`
);
