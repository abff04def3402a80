/**
 * The basemap's town-level places: every 乡镇/街道 of the Vonng/adcode gazetteer that has a centre, and
 * the communities and villages the articles name (matched by the sites' GB/T 2260 village code or by the
 * exact name in the article text). Amap centres in GCJ-02, converted to WGS84 by geo/lib/adcode.ts.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { ADCODE_CREDIT, type AdcodeEntry } from '../lib/adcode';

export type PlaceKind = 'town' | 'village';

export interface PlaceProperties {
	kind: PlaceKind;
	/** GB/T 2260 + NBS code of the unit, 12 digits. */
	code: string;
	name: string;
	/** Toneless pinyin of the name without its 镇/乡/街道/社区/村 ending, by pinyin-pro; not checked by hand. */
	name_en: string;
}
export type Place = Feature<Point, PlaceProperties>;

export interface PlacesFile extends FeatureCollection<Point, PlaceProperties> {
	source: string;
	source_crs: 'GCJ-02';
	conversion: string;
	precision_note: string;
}

/** Endings dropped from the pinyin: the Chinese label keeps them, the Latin line reads as a name. */
const ENDINGS = /(街道办事处|街道|镇|乡|社区居委会|社区|村委会|村)$/u;

/** 皈山场村委会 → 皈山场村: the committee is the gazetteer's unit, the village is what a map names. */
export const displayName = (name: string) => name.replace(/村委会$/u, '村').replace(/居委会$/u, '');

export function placeNameEn(name: string): string {
	const stem = displayName(name).replace(ENDINGS, '') || name;
	const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: false });
	const joined = syllables.join('').replace(/[^a-zü]/giu, '');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function place(e: AdcodeEntry, kind: PlaceKind): Place {
	return {
		type: 'Feature',
		properties: { kind, code: e.code, name: displayName(e.name), name_en: placeNameEn(e.name) },
		geometry: { type: 'Point', coordinates: [round6(e.wgs84![0]), round6(e.wgs84![1])] }
	};
}

/** Only a full name with its 社区/村 ending counts: bare names such as 合力 are everyday words. */
const namedIn = (text: string, name: string) => /(社区|村)$/u.test(name) && text.includes(name);

export interface PlaceInputs {
	adcode: AdcodeEntry[];
	/** Village codes the sites carry (`admin.village`). */
	siteVillageCodes: string[];
	/** The articles' text, to find the villages and communities they name. */
	articleText: string;
}

/** Towns (with a centre) and the named villages, in code order; `skipped` counts units with no centre. */
export function buildPlaces({ adcode, siteVillageCodes, articleText }: PlaceInputs) {
	const towns = adcode.filter((e) => e.level === 'town');
	const named = adcode.filter(
		(e) =>
			e.level === 'village' &&
			(siteVillageCodes.includes(e.code) || namedIn(articleText, displayName(e.name)))
	);
	const features = [
		...towns.filter((e) => e.wgs84).map((e) => place(e, 'town')),
		...named.filter((e) => e.wgs84).map((e) => place(e, 'village'))
	].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
	const file: PlacesFile = {
		type: 'FeatureCollection',
		source: `${ADCODE_CREDIT} (github.com/Vonng/adcode): Amap centres, NBS 2016 codes`,
		source_crs: 'GCJ-02',
		conversion: 'gcoord GCJ-02 → WGS84 (geo/lib/datum.ts), rounded to 6 decimals',
		precision_note:
			'A label point: Amap’s centre of the unit (usually near its government seat), not a boundary; ' +
			'a town spans several kilometres around it.',
		features
	};
	return {
		file,
		skipped: {
			towns: towns.filter((e) => !e.wgs84).map((e) => e.name),
			villages: named.filter((e) => !e.wgs84).map((e) => e.name)
		}
	};
}

/** One feature per line: a diff shows which place moved. */
export function placesJson(file: PlacesFile): string {
	const { features, ...head } = file;
	const top = JSON.stringify({ ...head, features: [] }, null, '\t').replace(/\[\]\n\}$/, '');
	return `${top}[\n${features.map((f) => `\t\t${JSON.stringify(f)}`).join(',\n')}\n\t]\n}\n`;
}
