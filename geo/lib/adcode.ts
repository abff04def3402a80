/**
 * The Vonng/adcode gazetteer of Zhejiang (CC BY 4.0; Amap centres in GCJ-02, NBS 2016 codes), with
 * every position converted to WGS84. Pure loader: reads, never writes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gcj02ToWgs84, type LngLat } from './datum';

export const ADCODE_FILE = fileURLToPath(
	new URL('../sources/gazetteer/adcode-zhejiang.csv', import.meta.url)
);
export const ADCODE_CREDIT = 'Vonng/adcode, CC BY 4.0';

export type AdcodeLevel = 'province' | 'city' | 'county' | 'town' | 'village';
const LEVELS: readonly AdcodeLevel[] = ['province', 'city', 'county', 'town', 'village'];
const COLUMNS = 'code,parent,name,level,lon_gcj02,lat_gcj02,city,county,town,village';

export interface AdcodeEntry {
	code: string;
	parent: string;
	name: string;
	level: AdcodeLevel;
	/** Amap's centre as published (GCJ-02), or null where the dataset has none. */
	gcj02: LngLat | null;
	/** The same centre converted to WGS84. */
	wgs84: LngLat | null;
	city: string;
	county: string;
	town: string;
	village: string;
}

export function parseAdcodeCsv(text: string, file = ADCODE_FILE): AdcodeEntry[] {
	const lines = text.trim().split(/\r?\n/);
	if (lines[0] !== COLUMNS) throw new Error(`${file}: header is "${lines[0]}", expected "${COLUMNS}"`);
	return lines.slice(1).map((line, i) => {
		const cells = line.split(',');
		const where = `${file}: line ${i + 2}`;
		if (cells.length !== 10) throw new Error(`${where}: ${cells.length} columns, expected 10`);
		const [code, parent, name, level, lon, lat, city, county, town, village] = cells as [
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string
		];
		if (!/^\d{12}$/.test(code)) throw new Error(`${where}: field code "${code}" is not 12 digits`);
		if (!LEVELS.includes(level as AdcodeLevel))
			throw new Error(`${where}: field level "${level}" is unknown`);
		let gcj02: LngLat | null = null;
		if (lon !== '' || lat !== '') {
			const p: LngLat = [Number(lon), Number(lat)];
			if (!(p[0] > 115 && p[0] < 125 && p[1] > 26 && p[1] < 33)) {
				throw new Error(`${where}: fields lon_gcj02/lat_gcj02 "${lon},${lat}" lie outside Zhejiang's frame`);
			}
			gcj02 = p;
		}
		return {
			code,
			parent,
			name,
			level: level as AdcodeLevel,
			gcj02,
			wgs84: gcj02 ? gcj02ToWgs84(gcj02) : null,
			city,
			county,
			town,
			village
		};
	});
}

let cached: AdcodeEntry[] | null = null;

export function loadAdcode(): AdcodeEntry[] {
	cached ??= parseAdcodeCsv(readFileSync(ADCODE_FILE, 'utf8'));
	return cached;
}
