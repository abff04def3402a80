import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The e2e tests check what the map draws (a highlight, a filter, a camera move) by asking MapLibre
 * itself; the DOM cannot tell them. Read-only by convention: the app never reads this back.
 */
export function exposeMapForTests(map: MapLibreMap) {
	(window as unknown as { __atlasMap?: MapLibreMap }).__atlasMap = map;
}
