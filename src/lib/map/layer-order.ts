/**
 * The z-order of everything the app draws over the basemap, bottom to top, in one place.
 * Components add their layers through MapState.addLayer, which inserts each before the next
 * one of this list already on the map, so mount order never decides what covers what.
 */
export const APP_LAYER_ORDER = [
	'monitoring-area-fill',
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
	'site-cluster',
	'site-halo',
	'site-highlight',
	'site-circle'
] as const;
export type AppLayerId = (typeof APP_LAYER_ORDER)[number];

/** Layers a click can select, topmost first. */
export const CLICKABLE_LAYERS: AppLayerId[] = [
	'site-circle',
	'connection-arc',
	'monitoring-camera',
	'monitoring-camera-cell-fill',
	'monitoring-transect',
	'monitoring-wind-farm',
	'monitoring-area-fill'
];

export const SOURCES = {
	sites: 'sites',
	precision: 'site-precision',
	monitoring: 'monitoring',
	cameraCells: 'monitoring-camera-cells',
	connections: 'connections'
} as const;
