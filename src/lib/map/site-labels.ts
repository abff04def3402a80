/**
 * The sites' labels, computed from the data at load: sites at one point share one label with a count
 * ("余杭街道 +13"); from FAN_ZOOM they fan out around the point, each with its own dot and label and a
 * leader line back to the true position. Pure, so it unit-tests in Node.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { SiteFeature } from '../data/types';

/** From this zoom, sites that share a point are drawn apart. */
export const FAN_ZOOM = 12;

/** Label priority (MapLibre's symbol-sort-key: lower is placed first and wins collisions). */
export const RANK = { open: 0, main: 1, site: 2, partner: 3 } as const;

export interface LabelProperties {
	id: string;
	article: string;
	city: string;
	name_zh: string;
	name_en: string;
	/** 'point': a label at a true position (standing for every site there); 'fan': one fanned-out site. */
	kind: 'point' | 'fan' | 'leader';
	/** How many other sites share the point (0 for a site alone). */
	others: number;
	rank: number;
}
export type LabelFeature = Feature<Point | LineString, LabelProperties>;

const key = (f: SiteFeature) => f.geometry.coordinates.map((c) => c.toFixed(6)).join(',');

/**
 * Each case's main site: the one named in most of its paragraphs among the sites where its story
 * happens (not its partners); ties go to the first in the file.
 */
export function mainSites(sites: readonly SiteFeature[]): Set<string> {
	const best = new Map<string, SiteFeature>();
	const weight = (f: SiteFeature) => f.properties.paragraphs?.length ?? 0;
	for (const f of sites) {
		if (f.properties.role === 'partner') continue;
		const held = best.get(f.properties.article);
		if (!held || weight(f) > weight(held)) best.set(f.properties.article, f);
	}
	return new Set([...best.values()].map((f) => f.properties.id));
}

/** Sites grouped by identical position, the group's head (the label it shows) first. */
export function groupByPoint(sites: readonly SiteFeature[], main = mainSites(sites)): SiteFeature[][] {
	const groups = new Map<string, SiteFeature[]>();
	for (const f of sites) {
		const group = groups.get(key(f));
		if (group) group.push(f);
		else groups.set(key(f), [f]);
	}
	const rank = (f: SiteFeature) => siteRank(f, main);
	return [...groups.values()].map((g) =>
		g
			.map((f, i) => ({ f, i }))
			.sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
			.map((x) => x.f)
	);
}

function siteRank(f: SiteFeature, main: Set<string>): number {
	if (main.has(f.properties.id)) return RANK.main;
	return f.properties.role === 'partner' ? RANK.partner : RANK.site;
}

/**
 * Screen offsets (pixels at FAN_ZOOM, y down) for n sites fanned around their point: one ring, the
 * first at the top and clockwise, wide enough to keep `spacing` pixels between neighbours.
 */
export function fanOffsets(n: number, spacing = 34, minRadius = 36): [number, number][] {
	if (n < 2) return n === 1 ? [[0, 0]] : [];
	const radius = Math.max(minRadius, (n * spacing) / (2 * Math.PI));
	return Array.from({ length: n }, (_, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
		return [radius * Math.cos(angle), radius * Math.sin(angle)];
	});
}

/** The position `offset` pixels (at `zoom`, Web Mercator, 512-pixel tiles) away from `at`. */
export function offsetLngLat(
	at: [number, number],
	[dx, dy]: [number, number],
	zoom: number
): [number, number] {
	const worldSize = 512 * 2 ** zoom;
	const [lng, lat] = at;
	const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * worldSize + dy;
	const lat2 = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / worldSize))) * 180) / Math.PI;
	return [lng + (dx / worldSize) * 360, lat2];
}

/** The label source's features: one label per point, and for shared points the fan and its leaders. */
export function labelFeatures(
	sites: readonly SiteFeature[]
): FeatureCollection<Point | LineString, LabelProperties> {
	const main = mainSites(sites);
	const features: LabelFeature[] = [];
	const props = (f: SiteFeature, kind: LabelProperties['kind'], others: number): LabelProperties => ({
		id: f.properties.id,
		article: f.properties.article,
		city: f.properties.city,
		name_zh: f.properties.name_zh,
		name_en: f.properties.name_en,
		kind,
		others,
		rank: siteRank(f, main)
	});
	for (const group of groupByPoint(sites, main)) {
		const head = group[0]!;
		const at = head.geometry.coordinates as [number, number];
		features.push({
			type: 'Feature',
			properties: props(head, 'point', group.length - 1),
			geometry: { type: 'Point', coordinates: at }
		});
		if (group.length < 2) continue;
		fanOffsets(group.length).forEach((offset, i) => {
			const site = group[i]!;
			const to = offsetLngLat(at, offset, FAN_ZOOM);
			features.push(
				{ type: 'Feature', properties: props(site, 'fan', 0), geometry: { type: 'Point', coordinates: to } },
				{
					type: 'Feature',
					properties: props(site, 'leader', 0),
					geometry: { type: 'LineString', coordinates: [at, to] }
				}
			);
		});
	}
	return { type: 'FeatureCollection', features };
}
