/**
 * How the sites' GeoJSON source is set up for the amount of data. The shipped file holds a few dozen
 * points and is drawn as is; past CLUSTER_ABOVE (the bench feeds up to 100 000) points are clustered in
 * MapLibre's worker, so a frame draws a few hundred circles instead of every site.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { SitesFile } from '../data/types';

export const CLUSTER_ABOVE = 2000;

export function siteSourceOptions(count: number): Partial<GeoJSONSourceSpecification> {
	const options: Partial<GeoJSONSourceSpecification> = { promoteId: 'id' };
	if (count <= CLUSTER_ABOVE) return options;
	// Clusters break up by zoom 13, where a street's sites are a finger apart; sites sharing one point stay
	// stacked, as they do unclustered, and their popup lists them.
	return { ...options, cluster: true, clusterRadius: 45, clusterMaxZoom: 12 };
}

/** Unclustered points: what the site layers draw when clustering is on (always true when it is off). */
export const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];

/**
 * The sites' source as MapLibre takes it: in the map's first style (MapView) when the data is there
 * before the map starts, else added by SiteLayer; the same spec either way.
 */
export function siteSource(data: SitesFile): GeoJSONSourceSpecification {
	// GeoNames' and Vonng/adcode's licences (CC BY 4.0) ask for credit where their positions are shown.
	const uses = (what: string) => data.features.some((f) => f.properties.source.includes(what));
	const names = [
		uses('GeoNames') && '© GeoNames (CC BY 4.0)',
		uses('Vonng/adcode') && 'Vonng/adcode (CC BY 4.0)'
	].filter(Boolean);
	return {
		...siteSourceOptions(data.features.length),
		...(names.length ? { attribution: `Site positions: ${names.join(', ')}` } : {}),
		type: 'geojson',
		data
	};
}
