/**
 * The URL hash is the single source of navigation state:
 * `#map=<zoom>/<lat>/<lng>&site=<id>&article=<id>&layers=<a,b>`.
 * `map=` is MapLibre's own hash format (what `new Map({hash: 'map'})` writes), so links made by
 * other MapLibre tools open here. Pure functions: they unit-test in Node.
 */
export interface MapCamera {
	zoom: number;
	lat: number;
	lng: number;
}

/** Toggleable overlay groups, in legend order. */
export const LAYER_KEYS = ['areas', 'transects', 'cameras'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export interface NavState {
	view: MapCamera | null;
	site: string | null;
	article: string | null;
	/** null: the parameter is absent, so the defaults apply; [] means "all off". */
	layers: LayerKey[] | null;
}

export interface ParsedHash {
	state: NavState;
	/** Human-readable notes on what was dropped, so the UI can say so instead of failing silently. */
	ignored: string[];
}

export const EMPTY_STATE: NavState = { view: null, site: null, article: null, layers: null };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KNOWN = new Set(['map', 'site', 'article', 'layers']);

export function parseHash(hash: string): ParsedHash {
	const ignored: string[] = [];
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	for (const key of new Set(params.keys())) if (!KNOWN.has(key)) ignored.push(`unknown parameter “${key}”`);

	const mapValue = params.get('map');
	const view = mapValue === null ? null : parseCamera(mapValue);
	if (mapValue !== null && !view) ignored.push(`map=${mapValue} (expected zoom/lat/lng in range)`);

	return {
		state: {
			view,
			site: parseId(params.get('site'), 'site', ignored),
			article: parseId(params.get('article'), 'article', ignored),
			layers: parseLayers(params.get('layers'), ignored)
		},
		ignored
	};
}

export function formatHash({ view, site, article, layers }: NavState): string {
	// Written by hand, not URLSearchParams: it would escape the "/" and "," that keep the URL readable.
	const parts: string[] = [];
	if (view) parts.push(`map=${formatCamera(view)}`);
	if (site) parts.push(`site=${site}`);
	if (article) parts.push(`article=${article}`);
	if (layers) parts.push(`layers=${layers.join(',')}`);
	return parts.length ? `#${parts.join('&')}` : '';
}

export function parseCamera(value: string): MapCamera | null {
	const parts = value.split('/');
	// MapLibre may append bearing and pitch; accept them, keep the three we use.
	if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.trim() === '')) return null;
	const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
	if (![zoom, lat, lng].every(Number.isFinite)) return null;
	if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return null;
	return { zoom, lat, lng };
}

/** MapLibre's precision rule: enough decimals to stay sub-pixel at this zoom, no more. */
export function formatCamera({ zoom, lat, lng }: MapCamera): string {
	const z = Math.round(zoom * 100) / 100;
	const precision = Math.ceil((z * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
	const m = 10 ** precision;
	return `${z}/${Math.round(lat * m) / m}/${Math.round(lng * m) / m}`;
}

function parseId(value: string | null, name: string, ignored: string[]): string | null {
	if (value === null || value === '') return null;
	if (ID.test(value)) return value;
	ignored.push(`${name}=${value} (not a valid id)`);
	return null;
}

function parseLayers(value: string | null, ignored: string[]): LayerKey[] | null {
	if (value === null) return null;
	const keys: LayerKey[] = [];
	for (const item of value.split(',').filter(Boolean)) {
		if ((LAYER_KEYS as readonly string[]).includes(item)) {
			if (!keys.includes(item as LayerKey)) keys.push(item as LayerKey);
		} else ignored.push(`layer “${item}”`);
	}
	return LAYER_KEYS.filter((k) => keys.includes(k));
}
