/**
 * Rebuilds the offline basemap: `npx tsx geo/basemap/build.ts` from the repository root.
 * Writes static/basemap/zhejiang.topojson, fonts/*.woff2 + OFL.txt, and manifest.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEB_FILES, ensureDebs } from './debs';
import { BAY_BBOX, CONTEXT_BBOX, WATER_LABELS } from './extent';
import { copyrightOf, familyOf, missingGlyphs } from './font-check';
import { extractTtcFace, NOTO_SC_FACE_INDEX, NOTO_SC_FAMILY, subsetToWoff2 } from './fonts';
import { labelCharacters } from './labels';
import { buildLayers } from './layers';
import { prettyJson } from './format-json';
import { runMapshaper } from './ms';
import { oflText } from './ofl';
import { BASEMAP_ATTRIBUTION, BASEMAP_FONTS, BASEMAP_TOPOJSON } from '../../src/lib/basemap/files';
import { COUNTY_VINTAGE_NOTE, npmVersion, sourceList } from './sources';
import { NEIGHBOUR_MIN_ISLAND, QUANTIZATION, SIMPLIFY, TOPOLOGY_OBJECTS, buildTopology } from './topology';

const OUT = fileURLToPath(new URL('../../static/basemap/', import.meta.url));
const FONT_DIR = join(OUT, 'fonts');
/** Font file per weight, as the app's style names them. One weight: a second costs 30 KB of first view. */
const FONT_FILES = {
	Regular: BASEMAP_FONTS['Noto Sans CJK SC Regular']
};

function sizes(data: string | Buffer) {
	return { bytes: Buffer.byteLength(data), gzip_bytes: gzipSync(data, { level: 9 }).length };
}

async function landAreaKm2(counties: object): Promise<number> {
	const out = await runMapshaper('-i c.json -dissolve -each "a=this.area" -o a.csv', { 'c.json': counties });
	return Math.round(Number(out['a.csv']!.split('\n')[1]) / 1e6);
}

async function main() {
	const started = Date.now();
	const deb = ensureDebs();
	const layers = await buildLayers();
	const { topojson, labels, layers: simplified } = await buildTopology(layers);
	mkdirSync(FONT_DIR, { recursive: true });
	writeFileSync(join(OUT, BASEMAP_TOPOJSON), topojson);

	const chars = labelCharacters(labels);
	const fonts = [];
	for (const [weight, ttcPath] of [['Regular', DEB_FILES.notoRegular]] as const) {
		const face = extractTtcFace(readFileSync(ttcPath), NOTO_SC_FACE_INDEX);
		if (familyOf(face) !== NOTO_SC_FAMILY)
			throw new Error(`fonts: face ${NOTO_SC_FACE_INDEX} is ${familyOf(face)}`);
		const woff2 = await subsetToWoff2(face, chars);
		const missing = missingGlyphs(woff2, chars);
		if (missing.length) throw new Error(`fonts: ${weight} subset lacks ${missing.join('')}`);
		writeFileSync(join(FONT_DIR, FONT_FILES[weight]), woff2);
		fonts.push({
			weight,
			file: `fonts/${FONT_FILES[weight]}`,
			copyright: copyrightOf(face),
			...sizes(woff2)
		});
	}
	writeFileSync(
		join(FONT_DIR, 'OFL.txt'),
		oflText(readFileSync(DEB_FILES.notoCopyright, 'utf8'), fonts[0]!.copyright)
	);

	const manifest = {
		generated_by: 'npx tsx geo/basemap/build.ts',
		attribution: BASEMAP_ATTRIBUTION,
		county_vintage_note: COUNTY_VINTAGE_NOTE,
		crs: 'WGS84 (EPSG:4326), TopoJSON quantized',
		files: {
			topojson: { file: BASEMAP_TOPOJSON, objects: TOPOLOGY_OBJECTS, ...sizes(topojson) },
			fonts,
			fonts_gzip_bytes_total: fonts.reduce((a, f) => a + f.gzip_bytes, 0)
		},
		labels: { count: labels.features.length, characters: chars },
		land_area_km2: await landAreaKm2(simplified.counties),
		processing: {
			context_bbox: CONTEXT_BBOX,
			bay_water_bbox: BAY_BBOX,
			simplify: SIMPLIFY,
			neighbour_min_island: NEIGHBOUR_MIN_ISLAND,
			quantization: QUANTIZATION,
			water_labels: WATER_LABELS.map((w) => ({ ...w, placed: 'by hand (cartographic judgement)' })),
			label_points: 'mapshaper -points inner on the simplified polygons (cities: counties dissolved by city)',
			tools: {
				mapshaper: npmVersion('mapshaper'),
				'subset-font': npmVersion('subset-font'),
				'pinyin-pro': npmVersion('pinyin-pro'),
				gcoord: npmVersion('gcoord'),
				h5wasm: npmVersion('h5wasm')
			}
		},
		sources: sourceList(deb)
	};
	const manifestPath = join(OUT, 'manifest.json');
	writeFileSync(manifestPath, await prettyJson(manifest, manifestPath));
	console.log(
		`basemap: topojson ${manifest.files.topojson.bytes} B (${manifest.files.topojson.gzip_bytes} gzip), ` +
			`fonts ${manifest.files.fonts_gzip_bytes_total} B gzip, ${labels.features.length} labels, ` +
			`land ${manifest.land_area_km2} km², ${Math.round((Date.now() - started) / 100) / 10} s`
	);
}

await main();
