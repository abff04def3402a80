/**
 * The camera that shows a box in the free part of the map (clear of the legend, the controls, the
 * credits and a phone's sheet): every camera move that fits something goes through here, so the
 * opening view, a link, the list and the tour frame things alike. The padding only shapes the
 * camera computed; the map's own padding stays zero, so the URL's centre is the map's centre.
 */
import { LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import { freeAreaPadding } from '../layout/map-covers';
import type { Bounds } from '../panel/case-view';

export interface FitCamera {
	center: [number, number];
	zoom: number;
}

export function fitCamera(map: MapLibreMap, [w, s, e, n]: Bounds, maxZoom: number): FitCamera | null {
	const camera = map.cameraForBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding: freeAreaPadding(map.getContainer()), maxZoom }
	);
	if (!camera?.center || camera.zoom === undefined) return null;
	const { lng, lat } = LngLat.convert(camera.center);
	return { center: [lng, lat], zoom: camera.zoom };
}
