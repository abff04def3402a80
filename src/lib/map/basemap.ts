import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle, loadBasemap } from '../basemap/style';
import { FALLBACK_STYLE } from './fallback-style';

export const BASEMAP_FILE = 'basemap/zhejiang.topojson';

/** The offline basemap, or a plain ground and a message saying why: the case layers work either way. */
export async function loadBasemapStyle(): Promise<{ style: StyleSpecification; message: string | null }> {
	try {
		const topology = await loadBasemap(BASEMAP_FILE);
		return {
			style: basemapStyle(topology, { fontBaseUrl: new URL('basemap/fonts/', document.baseURI).href }),
			message: null
		};
	} catch (error) {
		return {
			style: FALLBACK_STYLE,
			message: `${(error as Error).message} — showing the sites on a plain background.`
		};
	}
}
