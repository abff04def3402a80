/**
 * The camera that fits a box into a map of a given size, computed without a map (so a link can carry
 * it, and it unit-tests in Node). Web Mercator with MapLibre's 512-pixel world at zoom 0.
 */
import type { MapCamera } from '../url/hash';

export type BBox = [west: number, south: number, east: number, north: number];

const TILE = 512;
const mercY = (lat: number) => {
	const phi = (lat * Math.PI) / 180;
	return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};
const latOfY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export function cameraForBox(
	[w, s, e, n]: BBox,
	size: { width: number; height: number },
	{ padding = 40, maxZoom = 13, minZoom = 3 } = {}
): MapCamera {
	const dx = (e - w) / 360;
	const dy = mercY(s) - mercY(n);
	const width = Math.max(size.width - 2 * padding, 1);
	const height = Math.max(size.height - 2 * padding, 1);
	const fit = Math.log2(Math.min(width / (TILE * Math.max(dx, 1e-9)), height / (TILE * Math.max(dy, 1e-9))));
	return {
		zoom: Math.min(maxZoom, Math.max(minZoom, fit)),
		lat: latOfY((mercY(s) + mercY(n)) / 2),
		lng: (w + e) / 2
	};
}

/** The box of some points, each grown by its radius of uncertainty: what a street's sites occupy. */
export function pointsBox(points: { coordinates: number[]; radius_m: number }[]): BBox {
	let box: BBox = [180, 90, -180, -90];
	for (const { coordinates, radius_m } of points) {
		const [lng, lat] = coordinates as [number, number];
		const dLat = radius_m / 111_320;
		const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
		box = [
			Math.min(box[0], lng - dLng),
			Math.min(box[1], lat - dLat),
			Math.max(box[2], lng + dLng),
			Math.max(box[3], lat + dLat)
		];
	}
	return box;
}
