/**
 * A scale bar for a Web Mercator view: the longest round length (1, 2 or 5 × 10ⁿ m) that fits in
 * `maxPx` pixels, at the view's centre latitude (Mercator scale varies with latitude; across one
 * province the error at the edges is a few percent, as on MapLibre's own scale control).
 */

/** MapLibre's tiles are 512 px at zoom 0; the WGS84 equator is this long. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_PX = 512;

export function metresPerPixel(lat: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_PX * 2 ** zoom);
}

export interface ScaleBar {
	metres: number;
	/** Length in the figure's pixels. */
	px: number;
	label: string;
}

/**
 * @param pixelRatio figure pixels per CSS pixel of the view (the figure is the view drawn larger)
 * @param maxPx the most figure pixels the bar may take
 */
export function scaleBar(lat: number, zoom: number, pixelRatio: number, maxPx: number): ScaleBar {
	const mPerPx = metresPerPixel(lat, zoom) / pixelRatio;
	const most = maxPx * mPerPx;
	const magnitude = 10 ** Math.floor(Math.log10(most));
	const step = [5, 2, 1].find((s) => s * magnitude <= most) ?? 1;
	const metres = step * magnitude;
	return {
		metres,
		px: metres / mPerPx,
		label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
	};
}
