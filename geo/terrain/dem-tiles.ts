/**
 * Cuts an elevation field into Terrarium-encoded PNG tiles (MapLibre's raster-dem `terrarium`:
 * metres = R·256 + G + B/256 − 32768), one 256 px tile per Web Mercator tile over a bounding box.
 */
import { encode } from 'fast-png';
import { latToTileY, lngToTileX } from '../basemap/tiles';

export type Elevation = (lng: number, lat: number) => number;

export interface DemTile {
	z: number;
	x: number;
	y: number;
	png: Uint8Array;
}

/** Elevation rounded to `step` metres, as Terrarium bytes. Coarser steps compress better. */
export function terrarium(metres: number, step: number): [number, number, number] {
	const v = Math.round(metres / step) * step + 32768;
	const r = Math.floor(v / 256);
	const g = Math.floor(v - r * 256);
	const b = Math.round((v - r * 256 - g) * 256);
	return [r, g, Math.min(b, 255)];
}

export const decodeTerrarium = (r: number, g: number, b: number) => r * 256 + g + b / 256 - 32768;

const tileLng = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileLat = (y: number, z: number) =>
	(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The tiles from minZoom to maxZoom that touch bbox, each sampled at its pixel centres. */
export function demTiles(
	elevation: Elevation,
	bbox: [number, number, number, number],
	{
		minZoom,
		maxZoom,
		size = 256,
		step = 0.5
	}: { minZoom: number; maxZoom: number; size?: number; step?: number }
): DemTile[] {
	const [w, s, e, n] = bbox;
	const tiles: DemTile[] = [];
	for (let z = minZoom; z <= maxZoom; z++)
		for (let x = lngToTileX(w, z); x <= lngToTileX(e, z); x++)
			for (let y = latToTileY(n, z); y <= latToTileY(s, z); y++) {
				const data = new Uint8Array(size * size * 3);
				for (let py = 0; py < size; py++) {
					const lat = tileLat(y + (py + 0.5) / size, z);
					for (let px = 0; px < size; px++) {
						const lng = tileLng(x + (px + 0.5) / size, z);
						data.set(terrarium(elevation(lng, lat), step), (py * size + px) * 3);
					}
				}
				tiles.push({ z, x, y, png: encode({ width: size, height: size, data, channels: 3, depth: 8 }) });
			}
	return tiles;
}
