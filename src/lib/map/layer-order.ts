import type { LayerKey } from '../url/hash';

/**
 * The z-order of everything the app draws over the basemap, bottom to top, in one place.
 * Components add their layers through MapState.addLayer, which inserts each before the next
 * one of this list already on the map, so mount order never decides what covers what.
 */
export const APP_LAYER_ORDER = [
	'terrain-hillshade',
	'terrain-contour',
	'terrain-contour-index',
	'monitoring-area-fill-east',
	'monitoring-area-fill-west',
	'monitoring-area-outline',
	'monitoring-wind-farm',
	'monitoring-transect',
	'monitoring-camera',
	'monitoring-camera-cell-fill',
	'monitoring-camera-cell-line',
	'connection-arc',
	'site-precision-all',
	'site-precision-fill',
	'site-precision-line',
	'site-fan-leader',
	'site-cluster',
	'site-halo',
	'site-highlight',
	'site-circle',
	'site-fan-circle',
	'site-label'
] as const;
export type AppLayerId = (typeof APP_LAYER_ORDER)[number];

/** The bottom of the list, drawn under the basemap's labels rather than over them (MapState.addLayer). */
export const UNDER_BASEMAP_LABELS = [
	'terrain-hillshade',
	'terrain-contour',
	'terrain-contour-index'
] as const satisfies readonly AppLayerId[];

/** Layers a click can select, topmost first. */
export const CLICKABLE_LAYERS: AppLayerId[] = [
	'site-fan-circle',
	'site-circle',
	'site-label',
	'connection-arc',
	'monitoring-camera',
	'monitoring-camera-cell-fill',
	'monitoring-transect',
	'monitoring-wind-farm',
	'monitoring-area-fill-east',
	'monitoring-area-fill-west'
];

/**
 * Which legend toggle (the URL's `layers=`) controls which map layers. The wind farm and the sites are
 * always shown.
 */
export const TOGGLED_LAYERS: Record<LayerKey, AppLayerId[]> = {
	areas: ['monitoring-area-fill-east', 'monitoring-area-fill-west', 'monitoring-area-outline'],
	transects: ['monitoring-transect'],
	cameras: ['monitoring-camera', 'monitoring-camera-cell-fill', 'monitoring-camera-cell-line'],
	connections: ['connection-arc']
};

/** The toggles of the Qingyuan monitoring layers, in legend order. */
export const MONITORING_KEYS = ['areas', 'transects', 'cameras'] as const satisfies LayerKey[];

/** Whether a layer is on, given the toggles that are: a popup of a layer turned off closes with it. */
export function layerShown(id: string, visible: readonly LayerKey[]): boolean {
	const key = (Object.keys(TOGGLED_LAYERS) as LayerKey[]).find((k) =>
		(TOGGLED_LAYERS[k] as string[]).includes(id)
	);
	return !key || visible.includes(key);
}

export const SOURCES = {
	sites: 'sites',
	precision: 'site-precision',
	monitoring: 'monitoring',
	cameraCells: 'monitoring-camera-cells',
	connections: 'connections',
	terrainDem: 'terrain-dem',
	terrainContours: 'terrain-contours',
	siteLabels: 'site-labels'
} as const;

/** Layers whose features are sites (their `id` is the site's): a click on one opens that site. */
export const SITE_LAYERS: readonly string[] = ['site-fan-circle', 'site-circle', 'site-label'];
