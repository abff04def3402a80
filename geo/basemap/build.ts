/**
 * Rebuilds the offline basemap: `npx tsx geo/basemap/build.ts` from the repository root.
 * Writes static/basemap/zhejiang.topojson, places.geojson, fonts/*.woff2 + OFL.txt, manifest.json,
 * and src/lib/basemap/font-faces.json (which file holds which characters).
 * Reads static/data/sites.geojson and articles.json (an earlier build's) for the named villages and
 * the site names' glyphs; geo:check fails if a site name gains a character no font file holds.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEB_FILES, ensureDebs } from './debs';
import { BAY_BBOX, CONTEXT_BBOX, WATER_LABELS } from './extent';
import { copyrightOf, familyOf, missingGlyphs } from './font-check';
import { extractTtcFace, NOTO_SC_FACE_INDEX, NOTO_SC_FAMILY, subsetToWoff2 } from './fonts';
import { labelCharacters, PRINTABLE_ASCII } from './labels';
import { COUNT_CHARACTERS, openingSiteText } from './opening-text';
import { buildLayers } from './layers';
import { prettyJson } from './format-json';
import { runMapshaper } from './ms';
import { oflText } from './ofl';
import {
	BASEMAP_ATTRIBUTION,
	BASEMAP_PLACES,
	BASEMAP_TILES,
	BASEMAP_TOPOJSON,
	fontFile,
	FONT_PARTS,
	type BasemapFont
} from '../../src/lib/basemap/files';
import type { SitesFile } from '../../src/lib/data/types';
import { loadAdcode } from '../lib/adcode';
import { splitFonts } from './font-split';
import { buildPlaces, placesJson } from './places';
import { COUNTY_VINTAGE_NOTE, npmVersion, sourceList } from './sources';
import {
	DETAIL_SIMPLIFY,
	NEIGHBOUR_MIN_ISLAND,
	QUANTIZATION,
	SIMPLIFY,
	TOPOLOGY_OBJECTS,
	buildTopology
} from './topology';

const OUT = fileURLToPath(new URL('../../static/basemap/', import.meta.url));
const FONT_DIR = join(OUT, 'fonts');
const DATA = fileURLToPath(new URL('../../static/data/', import.meta.url));
const FONT_FACES = fileURLToPath(new URL('../../src/lib/basemap/font-faces.json', import.meta.url));
/** One weight: a second would double every font file. */
const FONT: BasemapFont = 'Noto Sans CJK SC Regular';
/** Basemap labels the opening view can show (cities, provinces, seas, lakes); counties come from z7.5. */
const FIRST_KINDS = ['city', 'province', 'sea', 'lake'];

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

	const sites = JSON.parse(readFileSync(join(DATA, 'sites.geojson'), 'utf8')) as SitesFile;
	const { file: places, skipped } = buildPlaces({
		adcode: loadAdcode(),
		siteVillageCodes: sites.features.flatMap((f) => f.properties.admin?.village ?? []),
		articleText: readFileSync(join(DATA, 'articles.json'), 'utf8')
	});
	writeFileSync(join(OUT, BASEMAP_PLACES), placesJson(places));

	const chars = labelCharacters(labels);
	const labelText = (kinds: string[]) =>
		labels.features
			.filter((f) => kinds.includes(f.properties.kind))
			.map((f) => f.properties.name + f.properties.name_en)
			.join('');
	const parts = splitFonts([
		// Only what the opening view draws, its Latin included: the rest of ASCII would weigh 2.7 KB more.
		// The line break of the two-line labels is looked up like any character.
		{
			id: 'first',
			text: '\n' + COUNT_CHARACTERS + labelText(FIRST_KINDS) + openingSiteText(sites.features)
		},
		{ id: 'sites', text: sites.features.map((f) => f.properties.name_zh + f.properties.name_en).join('') },
		{ id: 'counties', text: labelText(['county']) },
		{ id: 'places', text: places.features.map((f) => f.properties.name + f.properties.name_en).join('') },
		// ASCII no label uses yet, so a name that gains one still draws in this font before a rebuild.
		{ id: 'ascii', text: PRINTABLE_ASCII }
	]);
	if (parts.map((p) => p.id).join() !== FONT_PARTS.join())
		throw new Error('fonts: parts drifted from FONT_PARTS');
	const face = extractTtcFace(readFileSync(DEB_FILES.notoRegular), NOTO_SC_FACE_INDEX);
	if (familyOf(face) !== NOTO_SC_FAMILY)
		throw new Error(`fonts: face ${NOTO_SC_FACE_INDEX} is ${familyOf(face)}`);
	rmSync(FONT_DIR, { recursive: true, force: true });
	mkdirSync(FONT_DIR, { recursive: true });
	const fonts: {
		weight: string;
		part: string;
		file: string;
		characters: number;
		chars: string;
		copyright: string;
		bytes: number;
		gzip_bytes: number;
	}[] = [];
	for (const part of parts) {
		const file = fontFile(FONT, part.id as (typeof FONT_PARTS)[number]);
		const text = part.chars.replace(/\n/g, '') || ' ';
		const woff2 = await subsetToWoff2(face, text);
		const missing = missingGlyphs(woff2, text);
		if (missing.length) throw new Error(`fonts: ${file} lacks ${missing.join('')}`);
		writeFileSync(join(FONT_DIR, file), woff2);
		fonts.push({
			weight: 'Regular',
			part: part.id,
			file: `fonts/${file}`,
			characters: [...part.chars].length,
			chars: part.chars,
			copyright: copyrightOf(face),
			...sizes(woff2)
		});
	}
	const fontFaces = { [FONT]: parts.map((p, i) => ({ file: fonts[i]!.file, 'unicode-range': p.ranges })) };
	writeFileSync(FONT_FACES, await prettyJson(fontFaces, FONT_FACES));
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
			// Written by geo/basemap/detail.ts, the next step.
			detail_topojson: { file: BASEMAP_TILES.detail },
			fonts,
			fonts_gzip_bytes_total: fonts.reduce((a, f) => a + f.gzip_bytes, 0)
		},
		labels: { count: labels.features.length, characters: chars },
		places: {
			file: BASEMAP_PLACES,
			source: places.source,
			towns: places.features.filter((f) => f.properties.kind === 'town').length,
			villages: places.features.filter((f) => f.properties.kind === 'village').map((f) => f.properties.name),
			skipped_without_centre: skipped,
			name_en: 'toneless pinyin by pinyin-pro, the 镇/乡/街道/社区/村 ending dropped; not checked by hand',
			...sizes(placesJson(places))
		},
		land_area_km2: await landAreaKm2(simplified.counties),
		processing: {
			context_bbox: CONTEXT_BBOX,
			bay_water_bbox: BAY_BBOX,
			simplify: SIMPLIFY,
			simplify_detail: DETAIL_SIMPLIFY,
			neighbour_min_island: NEIGHBOUR_MIN_ISLAND,
			quantization: QUANTIZATION,
			water_labels: WATER_LABELS.map((w) => ({ ...w, placed: 'by hand (cartographic judgement)' })),
			label_points: 'mapshaper -points inner on the simplified polygons (cities: counties dissolved by city)',
			tools: {
				mapshaper: npmVersion('mapshaper'),
				'subset-font': npmVersion('subset-font'),
				'pinyin-pro': npmVersion('pinyin-pro'),
				'font-split': 'geo/basemap/font-split.ts (unicode-range per file, loaded when a label needs it)',
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
