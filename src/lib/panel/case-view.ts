/**
 * What the case list, the tour and the map show for a given filter: pure functions, so they
 * unit-test in Node and the list and the map cannot disagree.
 */
import { CITY_KEYS, CASE_FACETS, caseMatches, type CityKey, type ThemeKey } from '../data/themes';
import type { Article, SiteFeature } from '../data/types';

/** West, south, east, north in degrees (MapLibre's LngLatBounds.toArray(), flattened). */
export type Bounds = [number, number, number, number];

/** The cases that pass the city and theme filters, in the page's running order. */
export function filteredCases(
	articles: readonly Article[],
	cities: readonly CityKey[] | null,
	themes: readonly ThemeKey[] | null
): Article[] {
	return articles.filter((a) => caseMatches(a.id, cities, themes)).sort((a, b) => a.order - b.order);
}

/** Cases grouped by the city they happen in, cities in CITY_KEYS order, empty cities left out. */
export function groupByCity(articles: readonly Article[]): { city: CityKey; articles: Article[] }[] {
	return CITY_KEYS.map((city) => ({
		city,
		articles: articles.filter((a) => CASE_FACETS[a.id].city === city)
	})).filter((g) => g.articles.length > 0);
}

export function inBounds(site: SiteFeature, [west, south, east, north]: Bounds): boolean {
	const [lng, lat] = site.geometry.coordinates as [number, number];
	return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** The next (or previous) step of a tour; from outside the steps, Next starts and Previous ends. */
export function tourStep(steps: readonly string[], current: string | null, delta: 1 | -1): string | null {
	if (!steps.length) return null;
	const at = current ? steps.indexOf(current) : -1;
	if (at === -1) return delta === 1 ? steps[0]! : steps.at(-1)!;
	return steps[at + delta] ?? null;
}

/**
 * The box a case's map view should hold: its own sites, not the partners its story reaches out to
 * (one is in Chongqing, which would shrink the case to a dot).
 */
export function caseBounds(sites: readonly SiteFeature[], article: string): Bounds | null {
	const own = sites.filter((f) => f.properties.article === article);
	const core = own.filter((f) => f.properties.role !== 'partner');
	return boundsOf(core.length ? core : own);
}

/** The box of some sites' points; null for none. */
export function boundsOf(sites: readonly SiteFeature[]): Bounds | null {
	const points = sites.map((f) => f.geometry.coordinates as [number, number]);
	if (!points.length) return null;
	const lngs = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}
