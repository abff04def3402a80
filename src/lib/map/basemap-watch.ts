import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** A switch to an online basemap has this long, from the click, to show its first tiles. */
export const BASEMAP_DEADLINE_MS = 6000;
/** Tiles failing after the basemap showed (the network went away): this many and it is given up. */
const LATER_FAILURES = 3;

/**
 * Watches an online basemap the map just switched to: `onfail` once if it errors before its
 * tiles have loaded, shows nothing by the deadline, or keeps failing later. Returns the stop.
 */
export function watchBasemap(
	map: MapLibreMap,
	sources: string[],
	timeoutMs: number,
	onfail: (reason: string) => void
): () => void {
	let shown = false;
	let failures = 0;
	let tileSeen = false;
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
	function check(event?: MapSourceDataEvent) {
		if (shown) return;
		if (event?.sourceId && sources.includes(event.sourceId) && event.tile) tileSeen = true;
		const loaded = sources.every((id) => map.getSource(id) && map.isSourceLoaded(id));
		if (tileSeen && loaded) {
			shown = true;
			clearTimeout(timer);
		}
	}
	const onidle = () => check();
	map.on('error', onerror);
	map.on('sourcedata', check);
	map.on('idle', onidle);
	function stop() {
		clearTimeout(timer);
		map.off('error', onerror);
		map.off('sourcedata', check);
		map.off('idle', onidle);
	}
	return stop;
}
