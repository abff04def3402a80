/** MapLibre's `map=zoom/lat/lng` hash value: parsed strictly, written with MapLibre's rounding. */
export interface MapCamera {
	zoom: number;
	lat: number;
	lng: number;
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
