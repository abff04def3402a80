import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** A switch to an online basemap has this long, from the click, to deliver its first tile. */
export const BASEMAP_DEADLINE_MS = 7000;
/** Tiles failing after the basemap showed (the network went away): this many and it is given up. */
const LATER_FAILURES = 3;

/**
 * Watches an online basemap the map just switched to: `onfail` once if it errors before its
 * first tile has loaded, has none by the deadline, or keeps failing later. Returns the stop.
 */
export function watchBasemap(
	map: MapLibreMap,
	sources: string[],
	timeoutMs: number,
	onfail: (reason: string) => void
): () => void {
	let shown = false;
	let failures = 0;
	const timer = setTimeout(() => fail('timeout'), Math.max(0, timeoutMs));

	function fail(reason: string) {
		stop();
		onfail(reason);
	}
	function onerror(event: { error?: { message?: string }; sourceId?: string }) {
		// Errors of the app's own layers are not the basemap's; before it shows, anything else is.
		if (event.sourceId && !sources.includes(event.sourceId)) return;
		if (!event.sourceId && shown) return;
		if (!shown || ++failures >= LATER_FAILURES) fail(event.error?.message || 'error');
	}
	// One tile drawn proves the server answers; its other tiles may still be on their way.
	function check(event: MapSourceDataEvent) {
		if (shown || !event.tile || !sources.includes(event.sourceId)) return;
		shown = true;
		clearTimeout(timer);
	}
	map.on('error', onerror);
	map.on('sourcedata', check);
	function stop() {
		clearTimeout(timer);
		map.off('error', onerror);
		map.off('sourcedata', check);
	}
	return stop;
}
