import type { StyleSpecification } from 'maplibre-gl';

/** What the map shows when the basemap cannot be loaded: the case layers still work on a plain ground. */
export const FALLBACK_STYLE: StyleSpecification = {
	version: 8,
	sources: {},
	layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8ecef' } }]
};
