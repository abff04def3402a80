/**
 * geo:check for the town-level places, the split label fonts and the terrain tiles: every message names
 * the file, the feature (or tile) and the field. Root dependencies only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { decode } from 'fast-png';
import { PbfReader } from 'pbf';
import { BASEMAP_PLACES } from '../../src/lib/basemap/files';
import { TERRAIN_CONTOURS, TERRAIN_DEM, TERRAIN_MANIFEST } from '../../src/lib/terrain/files';
import type { CheckReport } from './run';

/** Zhejiang's frame, as geo/lib/adcode.ts checks the gazetteer's centres. */
const FRAME = { west: 115, south: 26, east: 125, north: 33 };

export function checkPlaces(root: string, report: CheckReport): void {
	const file = `static/basemap/${BASEMAP_PLACES}`;
	const path = join(root, file);
	if (!existsSync(path)) return void report.errors.push(`${file}: file is missing`);
	const fc = JSON.parse(readFileSync(path, 'utf8')) as {
		source?: unknown;
		source_crs?: unknown;
		features?: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[] } }[];
	};
	if (typeof fc.source !== 'string' || !fc.source.includes('Vonng/adcode'))
		report.errors.push(`${file}: field "source" must credit Vonng/adcode`);
	if (fc.source_crs !== 'GCJ-02') report.errors.push(`${file}: field "source_crs" must be "GCJ-02"`);
	const codes = new Set<string>();
	for (const [i, f] of (fc.features ?? []).entries()) {
		const p = f.properties;
		const where = `${file}: feature ${i} (${String(p.code)} ${String(p.name)})`;
		if (!/^\d{12}$/.test(String(p.code))) report.errors.push(`${where} field "code": not 12 digits`);
		else if (codes.has(p.code as string)) report.errors.push(`${where} field "code": duplicated`);
		codes.add(String(p.code));
		if (p.kind !== 'town' && p.kind !== 'village')
			report.errors.push(`${where} field "kind": "${String(p.kind)}" is not town or village`);
		if (typeof p.name !== 'string' || !/\p{Script=Han}/u.test(p.name))
			report.errors.push(`${where} field "name": no Chinese name`);
		if (typeof p.name_en !== 'string' || !/^[A-Z][a-zü]*$/u.test(p.name_en))
			report.errors.push(
				`${where} field "name_en": "${String(p.name_en)}" is not one capitalised pinyin word`
			);
		const [lng, lat] = f.geometry.coordinates;
		if (
			f.geometry.type !== 'Point' ||
			!(lng! > FRAME.west && lng! < FRAME.east && lat! > FRAME.south && lat! < FRAME.north)
		)
			report.errors.push(`${where} field "geometry.coordinates": not a point in Zhejiang's frame`);
	}
	report.summary.push(`${file}: ${fc.features?.length ?? 0} places`);
}

/** Each font file's characters are where the style's unicode-ranges send them. */
export function checkFonts(root: string, report: CheckReport): void {
	const facesFile = 'src/lib/basemap/font-faces.json';
	const manifestFile = 'static/basemap/manifest.json';
	const faces = JSON.parse(readFileSync(join(root, facesFile), 'utf8')) as Record<
		string,
		{ file: string; 'unicode-range'?: string[] }[]
	>;
	const manifest = JSON.parse(readFileSync(join(root, manifestFile), 'utf8')) as {
		files: { fonts: { file: string; chars: string }[] };
	};
	for (const [font, list] of Object.entries(faces)) {
		const ranges = list.map((f) =>
			f['unicode-range']?.map((r) => {
				const [a, b] = r.slice(2).split('-');
				return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
			})
		);
		const route = (cp: number) => ranges.findIndex((rs) => rs?.some(([a, b]) => cp >= a && cp <= b));
		list.forEach((face, i) => {
			if (!existsSync(join(root, 'static/basemap', face.file)))
				report.errors.push(
					`${facesFile}: "${font}" face ${i} field "file": static/basemap/${face.file} is missing`
				);
			const chars = manifest.files.fonts.find((f) => f.file === face.file)?.chars;
			if (chars === undefined)
				return void report.errors.push(`${manifestFile}: field "files.fonts": no entry for ${face.file}`);
			const astray = [...chars].filter((ch) => ch !== '\n' && route(ch.codePointAt(0)!) !== i);
			if (astray.length)
				report.errors.push(
					`${facesFile}: "${font}" face ${i} field "unicode-range": ${astray.join('')} of ${face.file} are routed to another file`
				);
		});
	}
}

function tilesUnder(dir: string, ext: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((p) => p.endsWith(ext))
		.sort();
}

export function checkTerrain(root: string, report: CheckReport): void {
	const manifestFile = `static/${TERRAIN_MANIFEST}`;
	if (!existsSync(join(root, manifestFile)))
		return void report.errors.push(`${manifestFile}: file is missing`);
	const manifest = JSON.parse(readFileSync(join(root, manifestFile), 'utf8')) as {
		attribution?: string;
		hillshade: { tiles: number };
		contours: { tiles: number };
	};
	if (!manifest.attribution?.includes('SRTM'))
		report.errors.push(`${manifestFile}: field "attribution" must credit SRTM`);
	const demDir = join(root, 'static', TERRAIN_DEM.path.split('/{z}')[0]!);
	const dem = tilesUnder(demDir, '.png');
	if (dem.length !== manifest.hillshade.tiles)
		report.errors.push(
			`${manifestFile}: field "hillshade.tiles" says ${manifest.hillshade.tiles}, found ${dem.length}`
		);
	let faded = 0;
	for (const tile of dem) {
		const where = `static/terrain/dem/${tile}`;
		const png = decode(readFileSync(join(demDir, tile)));
		if (png.width !== TERRAIN_DEM.tileSize || png.height !== TERRAIN_DEM.tileSize || png.channels !== 3) {
			report.errors.push(`${where}: ${png.width}×${png.height}×${png.channels}, expected 256×256 RGB`);
			continue;
		}
		const d = png.data;
		for (let i = 0; i < d.length; i += 3) {
			const m = d[i]! * 256 + d[i + 1]! + d[i + 2]! / 256 - 32768;
			if (m < -50 || m > 2500) {
				report.errors.push(`${where}: pixel ${i / 3} field "elevation" is ${m} m, outside −50…2500`);
				break;
			}
		}
		// The relief is flat along a tile's outer edge where the fade has reached zero.
		if (d[0] === d[d.length - 3] && d[1] === d[d.length - 2]) faded++;
	}
	const contourDir = join(root, 'static', TERRAIN_CONTOURS.path.split('/{z}')[0]!);
	const contours = tilesUnder(contourDir, '.pbf');
	if (contours.length !== manifest.contours.tiles)
		report.errors.push(
			`${manifestFile}: field "contours.tiles" says ${manifest.contours.tiles}, found ${contours.length}`
		);
	let emptyContours = 0;
	for (const tile of contours) {
		const where = `static/terrain/contours/${tile}`;
		const layers = new VectorTile(new PbfReader(readFileSync(join(contourDir, tile)))).layers;
		const layer = layers[TERRAIN_CONTOURS.layer];
		// An empty tile (no layer at all) stands where the bounds reach but no line runs: fine. A tile
		// with something else in it is not.
		if (!layer) {
			if (Object.keys(layers).length)
				report.errors.push(
					`${where}: no layer "${TERRAIN_CONTOURS.layer}", but ${Object.keys(layers).join(', ')}`
				);
			else emptyContours++;
			continue;
		}
		for (let i = 0; i < layer.length; i++) {
			const p = layer.feature(i).properties;
			const bad =
				typeof p.ele !== 'number' || p.ele % TERRAIN_CONTOURS.interval !== 0
					? 'ele'
					: typeof p.index !== 'boolean' || p.index !== (p.ele % TERRAIN_CONTOURS.index === 0)
						? 'index'
						: typeof p.fade !== 'number' || !(p.fade > 0 && p.fade <= 1)
							? 'fade'
							: null;
			if (bad) {
				report.errors.push(`${where}: feature ${i} field "${bad}" is ${String(p[bad])}`);
				break;
			}
		}
	}
	report.summary.push(
		`static/terrain: ${dem.length} hillshade tiles (${faded} flat at a corner), ${contours.length} contour tiles (${emptyContours} empty)`
	);
}
