/**
 * The basemap's detail cut: `npx tsx geo/basemap/detail.ts` (a step of `npm run geo:build`, after
 * build.ts). The same layers with coast, lakes and rivers simplified to 40 m, for the tiles from
 * BASEMAP_TILES.detailFrom only. Its own process: a second topology built in build.ts's process came out
 * without its sea (mapshaper keeps state between runs), so the check on the sea labels refused it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BASEMAP_TILES } from '../../src/lib/basemap/files';
import { ensureDebs } from './debs';
import { prettyJson } from './format-json';
import { buildLayers } from './layers';
import { buildTopology, DETAIL_SIMPLIFY } from './topology';

const OUT = fileURLToPath(new URL('../../static/basemap/', import.meta.url));
ensureDebs();
const { topojson } = await buildTopology(await buildLayers(), DETAIL_SIMPLIFY);
writeFileSync(join(OUT, BASEMAP_TILES.detail), topojson);

const manifestPath = join(OUT, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.files.detail_topojson = {
	file: BASEMAP_TILES.detail,
	used_for: `tiles from z${BASEMAP_TILES.detailFrom}; not precached by the service worker`,
	simplify: DETAIL_SIMPLIFY,
	bytes: Buffer.byteLength(topojson),
	gzip_bytes: gzipSync(topojson, { level: 9 }).length
};
writeFileSync(manifestPath, await prettyJson(manifest, manifestPath));
console.log(
	`basemap detail: ${manifest.files.detail_topojson.bytes} B (${manifest.files.detail_topojson.gzip_bytes} gzip)`
);
