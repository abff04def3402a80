/**
 * Browse by area: city → county → street, with the cases and sites in each. Counties (and their
 * cities) come from the basemap's county polygons, joined to the sites by GB/T 2260 code; streets
 * come from the sites themselves (the basemap has no street polygons).
 */
import type { SiteFeature } from '../data/types';
import type { BBox } from './fit';

export interface CountyUnit {
	adcode: string;
	name: string;
	name_en: string;
	city: string;
	city_en: string;
	bbox: BBox;
}

export interface Tally {
	/** Cases (articles) with a site of their own story here; partners do not count. */
	cases: number;
	/** Every site placed here, partners included. */
	sites: number;
}
export interface StreetNode extends Tally {
	code: string;
	/** The street's name as a site names it, or null when no site does. */
	name: string | null;
	siteIds: string[];
}
export interface CountyNode extends Tally {
	unit: CountyUnit;
	streets: StreetNode[];
	/** Sites placed in the county with no street of their own (county seats, approximations). */
	unplaced: number;
}
export interface CityNode extends Tally {
	name: string;
	name_en: string;
	bbox: BBox;
	counties: CountyNode[];
}
export interface AdminTree {
	cities: CityNode[];
	/** Sites no county polygon holds: outside Zhejiang, or a code the (pre-2021) county data lacks. */
	elsewhere: SiteFeature[];
}

/** A street-level unit's name ends so; 街道 first, so 人工智能小镇 (a 'town' by name only) loses to 余杭街道. */
const STREET_SUFFIXES = ['街道', '镇', '乡'];

export function buildAdminTree(counties: CountyUnit[], sites: SiteFeature[]): AdminTree {
	const byCode = new Map(counties.map((c) => [c.adcode, c]));
	const inCounty = new Map<string, SiteFeature[]>();
	const elsewhere: SiteFeature[] = [];
	for (const site of sites) {
		const code = site.properties.admin?.county;
		if (code && byCode.has(code)) inCounty.set(code, [...(inCounty.get(code) ?? []), site]);
		else elsewhere.push(site);
	}

	// A city's box is all of its counties', not only those with sites: choosing it shows the city.
	const cityBox = new Map<string, BBox>();
	for (const unit of counties) {
		const box = cityBox.get(unit.city);
		cityBox.set(unit.city, box ? union(box, unit.bbox) : unit.bbox);
	}
	const cities = new Map<string, CityNode>();
	for (const unit of counties) {
		const here = inCounty.get(unit.adcode);
		if (!here) continue;
		const county: CountyNode = { unit, ...tally(here), streets: streets(here), unplaced: 0 };
		county.unplaced = here.filter((s) => !s.properties.admin?.street).length;
		const city = cities.get(unit.city) ?? {
			name: unit.city,
			name_en: unit.city_en,
			bbox: cityBox.get(unit.city)!,
			counties: [],
			cases: 0,
			sites: 0
		};
		city.counties.push(county);
		cities.set(unit.city, city);
	}
	for (const city of cities.values()) {
		const all = city.counties.flatMap((c) => inCounty.get(c.unit.adcode) ?? []);
		Object.assign(city, tally(all));
		city.counties.sort((a, b) => a.unit.adcode.localeCompare(b.unit.adcode));
	}
	return {
		cities: [...cities.values()].sort((a, b) =>
			a.counties[0]!.unit.adcode.localeCompare(b.counties[0]!.unit.adcode)
		),
		elsewhere
	};
}

/** Counties whose polygon (c. 2016–17) no longer matches the unit of that code since Hangzhou's 2021 changes. */
export const REDRAWN_SINCE: Record<string, { zh: string; en: string }> = {
	'330110': {
		zh: '2021 年余杭区分设余杭、临平两区：此处边界为分设前，计数含今临平区的地点。',
		en: 'Split into Yuhang and Linping in 2021: the boundary here predates it, so counts include places now in Linping.'
	}
};

/** The boxes of a city's counties make the city's box: the data has no city polygons of its own. */
export function union(a: BBox, b: BBox): BBox {
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function tally(sites: SiteFeature[]): Tally {
	const cases = new Set(
		sites.filter((s) => (s.properties.role ?? 'site') === 'site').map((s) => s.properties.article)
	);
	return { cases: cases.size, sites: sites.length };
}

function streets(sites: SiteFeature[]): StreetNode[] {
	const groups = new Map<string, SiteFeature[]>();
	for (const site of sites) {
		const code = site.properties.admin?.street;
		if (code) groups.set(code, [...(groups.get(code) ?? []), site]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, here]) => ({
			code,
			name: streetName(here),
			siteIds: here.map((s) => s.properties.id),
			...tally(here)
		}));
}

/** The sites' own names first (梅山街道), then their printed aliases (闲林街道党群服务中心 → 闲林街道). */
function streetName(sites: SiteFeature[]): string | null {
	const candidates = [
		...sites.map((s) => s.properties.name_zh),
		...sites.flatMap((s) => s.properties.aliases ?? [])
	];
	for (const suffix of STREET_SUFFIXES)
		for (const name of candidates) {
			const at = name.indexOf(suffix);
			if (at > 0) return name.slice(0, at + suffix.length);
		}
	return null;
}
