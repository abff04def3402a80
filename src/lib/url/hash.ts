/**
 * The URL hash is the single source of navigation state:
 * `#map=<zoom>/<lat>/<lng>&site=<id>&article=<id>&p=<n>&text=both&layers=<a,b>&lang=en&base=<id>&city=<a,b>&theme=<a,b>&q=<text>&tour=1&embed=1`.
 * `map=` is MapLibre's own hash format (what `new Map({hash: 'map'})` writes), so links made by
 * other MapLibre tools open here. Pure functions: they unit-test in Node.
 */
import { CITY_KEYS, THEME_KEYS, type CityKey, type ThemeKey } from '../data/themes';
import { LANGS, type Lang } from '../i18n/langs';
import { parseCamera, formatCamera, type MapCamera } from './camera';

export { parseCamera, formatCamera, type MapCamera };

/** Toggleable overlay groups, in legend order. */
export const LAYER_KEYS = ['areas', 'transects', 'cameras', 'connections'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** Basemaps a link may ask for; 'offline' is the default and needs no network. */
export const BASEMAP_KEYS = ['offline', 'openfreemap', 'osm'] as const;
export type BasemapKey = (typeof BASEMAP_KEYS)[number];

/** How the reader shows an article besides the UI language's text. */
export const TEXT_MODES = ['both'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

export interface NavState {
	view: MapCamera | null;
	site: string | null;
	article: string | null;
	/** Paragraph of the open article to scroll to, 1-based as a reader counts. */
	para: number | null;
	/** The reader shows the Chinese and the English translation side by side; null: the UI language's. */
	text: TextMode | null;
	/** null: the parameter is absent, so the defaults apply; [] means "all off". */
	layers: LayerKey[] | null;
	lang: Lang | null;
	base: BasemapKey | null;
	/** Filters on the cases; null: no filter. */
	cities: CityKey[] | null;
	themes: ThemeKey[] | null;
	/** Search query, as typed. */
	q: string | null;
	tour: boolean;
	/** The map alone, for an <iframe> on another site (lib/embed). */
	embed: boolean;
}

export interface ParsedHash {
	state: NavState;
	/** Human-readable notes on what was dropped, so the UI can say so instead of failing silently. */
	ignored: string[];
}

export const EMPTY_STATE: NavState = {
	view: null,
	site: null,
	article: null,
	para: null,
	text: null,
	layers: null,
	lang: null,
	base: null,
	cities: null,
	themes: null,
	q: null,
	tour: false,
	embed: false
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KNOWN = new Set([
	'map',
	'site',
	'article',
	'p',
	'text',
	'layers',
	'lang',
	'base',
	'city',
	'theme',
	'q',
	'tour',
	'embed'
]);
const MAX_QUERY = 100;

export function parseHash(hash: string): ParsedHash {
	const ignored: string[] = [];
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	for (const key of new Set(params.keys())) if (!KNOWN.has(key)) ignored.push(`unknown parameter “${key}”`);

	const mapValue = params.get('map');
	const view = mapValue === null ? null : parseCamera(mapValue);
	if (mapValue !== null && !view) ignored.push(`map=${mapValue} (expected zoom/lat/lng in range)`);
	const article = parseId(params.get('article'), 'article', ignored);

	return {
		state: {
			view,
			site: parseId(params.get('site'), 'site', ignored),
			article,
			para: parsePara(params.get('p'), article, ignored),
			text: parseOne(params.get('text'), TEXT_MODES, 'text', ignored),
			layers: parseList(params.get('layers'), LAYER_KEYS, 'layer', ignored),
			lang: parseOne(params.get('lang'), LANGS, 'lang', ignored),
			base: parseOne(params.get('base'), BASEMAP_KEYS, 'base', ignored),
			cities: orAll(parseList(params.get('city'), CITY_KEYS, 'city', ignored)),
			themes: orAll(parseList(params.get('theme'), THEME_KEYS, 'theme', ignored)),
			q: parseQuery(params.get('q'), ignored),
			tour: parseFlag(params.get('tour'), 'tour', ignored),
			embed: parseFlag(params.get('embed'), 'embed', ignored)
		},
		ignored
	};
}

export function formatHash(s: NavState): string {
	// Written by hand, not URLSearchParams: it would escape the "/" and "," that keep the URL readable.
	const parts: string[] = [];
	if (s.view) parts.push(`map=${formatCamera(s.view)}`);
	if (s.site) parts.push(`site=${s.site}`);
	if (s.article) parts.push(`article=${s.article}`);
	if (s.article && s.para) parts.push(`p=${s.para}`);
	if (s.text) parts.push(`text=${s.text}`);
	if (s.layers) parts.push(`layers=${s.layers.join(',')}`);
	if (s.lang) parts.push(`lang=${s.lang}`);
	if (s.base) parts.push(`base=${s.base}`);
	if (s.cities) parts.push(`city=${s.cities.join(',')}`);
	if (s.themes) parts.push(`theme=${s.themes.join(',')}`);
	if (s.q) parts.push(`q=${encodeURIComponent(s.q)}`);
	if (s.tour) parts.push('tour=1');
	if (s.embed) parts.push('embed=1');
	return parts.length ? `#${parts.join('&')}` : '';
}

function parseId(value: string | null, name: string, ignored: string[]): string | null {
	if (value === null || value === '') return null;
	if (ID.test(value)) return value;
	ignored.push(`${name}=${value} (not a valid id)`);
	return null;
}

function parsePara(value: string | null, article: string | null, ignored: string[]): number | null {
	if (value === null || value === '') return null;
	const n = Number(value);
	if (!article) ignored.push(`p=${value} (no article to scroll in)`);
	else if (!Number.isInteger(n) || n < 1 || n > 999) ignored.push(`p=${value} (expected a paragraph number)`);
	else return n;
	return null;
}

function parseOne<K extends string>(
	value: string | null,
	keys: readonly K[],
	name: string,
	ignored: string[]
): K | null {
	if (value === null || value === '') return null;
	if ((keys as readonly string[]).includes(value)) return value as K;
	ignored.push(`${name}=${value} (expected one of ${keys.join(', ')})`);
	return null;
}

/** Keeps the canonical order whatever the URL order, and drops repeats. */
function parseList<K extends string>(
	value: string | null,
	keys: readonly K[],
	name: string,
	ignored: string[]
): K[] | null {
	if (value === null) return null;
	const items = value.split(',').filter(Boolean);
	for (const item of items)
		if (!(keys as readonly string[]).includes(item)) ignored.push(`${name} “${item}”`);
	return keys.filter((k) => items.includes(k));
}

/** A filter that selects nothing is no filter: an empty map would look broken, not filtered. */
function orAll<K>(keys: K[] | null): K[] | null {
	return keys?.length ? keys : null;
}

function parseQuery(value: string | null, ignored: string[]): string | null {
	if (value === null || value.trim() === '') return null;
	if (value.length <= MAX_QUERY) return value;
	ignored.push(`q (longer than ${MAX_QUERY} characters)`);
	return null;
}

function parseFlag(value: string | null, name: string, ignored: string[]): boolean {
	if (value === null) return false;
	if (value === '1') return true;
	ignored.push(`${name}=${value} (expected 1)`);
	return false;
}
