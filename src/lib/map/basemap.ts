import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from '../basemap/style';

/** The whole basemap as TopoJSON: the tiles' source, and the county polygons for browsing by area. */
export const BASEMAP_FILE = 'basemap/zhejiang.topojson';

/** The offline basemap: a style over the vector tiles shipped in static/basemap/, nothing to fetch first. */
export function offlineBasemapStyle(): StyleSpecification {
	return basemapStyle({ baseUrl: new URL('basemap/', document.baseURI).href });
}

/** Kept async so a basemap that must be fetched first can take its place; failures arrive as tile errors. */
export async function loadBasemapStyle(): Promise<{ style: StyleSpecification; message: string | null }> {
	return { style: offlineBasemapStyle(), message: null };
}
