/**
 * What lies over the map: MapLibre's controls (zoom, scale, credits, the basemap switcher) and the
 * app's own elements marked `data-map-cover` (the legend, the phone's sheet). Read from the DOM at
 * the moment a camera move is planned, so a folded legend or a taller sheet is measured as it is.
 */
import { freePadding, type Padding, type Rect } from './free-area';

const COVERS = '.maplibregl-ctrl, [data-map-cover]';

/** Room around each site inside the free area: the dot itself and the start of its label. */
export const FREE_MARGIN = 18;

export function mapCoverRects(container: HTMLElement): Rect[] {
	const scope = container.ownerDocument;
	return [...scope.querySelectorAll<HTMLElement>(COVERS)]
		.filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
		.map((el) => el.getBoundingClientRect());
}

/** fitBounds padding that keeps what is fitted clear of every cover of this map's container. */
export function freeAreaPadding(container: HTMLElement, margin = FREE_MARGIN): Padding {
	return freePadding(container.getBoundingClientRect(), mapCoverRects(container), margin);
}
