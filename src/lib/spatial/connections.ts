/**
 * Connection arcs: from a case's site to each place the story reaches out to (role 'partner').
 * Great circles, so a long arc (Hangzhou → Chongqing) bends the way the earth does.
 */
import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { SiteFeature, SitesFile } from '../data/types';

export interface ConnectionProperties {
	id: string;
	article: string;
	from: string;
	to: string;
	from_zh: string;
	to_zh: string;
	/** True when the data named no partner_of and the article's first site stands in for it. */
	inferred: boolean;
}
export type ConnectionFeature = Feature<LineString | MultiLineString, ConnectionProperties>;

/** Vertices per arc: smooth at any zoom the app allows, small enough for hundreds of arcs. */
const NPOINTS = 64;

export function buildConnections(
	sites: SitesFile
): FeatureCollection<LineString | MultiLineString, ConnectionProperties> {
	const byId = new Map(sites.features.map((f) => [f.properties.id, f]));
	const firstSite = (article: string) =>
		sites.features.find((f) => f.properties.article === article && (f.properties.role ?? 'site') === 'site');
	const features: ConnectionFeature[] = [];
	for (const partner of sites.features) {
		if (partner.properties.role !== 'partner') continue;
		const named = partner.properties.partner_of ? byId.get(partner.properties.partner_of) : undefined;
		const from: SiteFeature | undefined = named ?? firstSite(partner.properties.article);
		if (!from || samePoint(from, partner)) continue; // nothing to draw between one point and itself
		const arc = greatCircle(from.geometry.coordinates, partner.geometry.coordinates, { npoints: NPOINTS });
		features.push({
			type: 'Feature',
			geometry: arc.geometry,
			properties: {
				id: `${from.properties.id}--${partner.properties.id}`,
				article: partner.properties.article,
				from: from.properties.id,
				to: partner.properties.id,
				from_zh: from.properties.name_zh,
				to_zh: partner.properties.name_zh,
				inferred: !named
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The places an arc joins to one site, either end: what a site's popup lists, so a connection is
 * reachable from the keyboard and the list as well as by clicking its arc.
 */
export function connectedTo(
	connections: { features: ConnectionFeature[] },
	siteId: string
): { id: string; name_zh: string }[] {
	const out: { id: string; name_zh: string }[] = [];
	for (const { properties: p } of connections.features) {
		if (p.from === siteId) out.push({ id: p.to, name_zh: p.to_zh });
		else if (p.to === siteId) out.push({ id: p.from, name_zh: p.from_zh });
	}
	return out;
}

/** Where a popup about an arc points: its middle vertex (the arc has no other natural anchor). */
export function arcMiddle(arc: ConnectionFeature): [number, number] {
	const lines = arc.geometry.type === 'LineString' ? [arc.geometry.coordinates] : arc.geometry.coordinates;
	const vertices = lines.flat();
	return vertices[Math.floor(vertices.length / 2)] as [number, number];
}

function samePoint(a: SiteFeature, b: SiteFeature): boolean {
	const [ax, ay] = a.geometry.coordinates;
	const [bx, by] = b.geometry.coordinates;
	return ax === bx && ay === by;
}
