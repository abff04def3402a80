/**
 * Cuts the basemap into Mapbox Vector Tiles once, at build time, so the browser fetches a few small
 * tiles for the view instead of decoding the whole TopoJSON and tiling 2.6 MB of GeoJSON on load.
 * Same tiler and encoder as MapLibre's own GeoJSON source (@maplibre/geojson-vt, @maplibre/vt-pbf).
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { TILE_LAYERS } from '../../src/lib/basemap/files';
import { tileLayerData } from './tile-layers';

export interface TileOptions {
	/** Deepest zoom cut; MapLibre overzooms past it. The data is simplified to well under a z9 pixel. */
	maxZoom: number;
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

const EXTENT = 4096;

export const lngToTileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
export const latToTileY = (lat: number, z: number) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The bounds of everything drawn, [w, s, e, n]: the style's source `bounds`, so no tile outside is asked for. */
export function dataBounds(topology: Topology): [number, number, number, number] {
	const data = tileLayerData(topology);
	const boxes = Object.values(data).map((g) => bbox(g as Parameters<typeof bbox>[0]));
	const round = (v: number, up: boolean) => (up ? Math.ceil(v * 1e4) : Math.floor(v * 1e4)) / 1e4;
	return [
		round(Math.min(...boxes.map((b) => b[0])), false),
		round(Math.min(...boxes.map((b) => b[1])), false),
		round(Math.max(...boxes.map((b) => b[2])), true),
		round(Math.max(...boxes.map((b) => b[3])), true)
	];
}

/** Every non-empty tile from z0 to maxZoom, in z, x, y order (so the output is reproducible). */
export function buildTiles(topology: Topology, { maxZoom }: TileOptions): Tile[] {
	const data = tileLayerData(topology);
	const indexes = TILE_LAYERS.map(
		(name) =>
			[
				name,
				new GeoJSONVT(data[name] as ConstructorParameters<typeof GeoJSONVT>[0], {
					maxZoom,
					indexMaxZoom: 0,
					tolerance: 3,
					extent: EXTENT,
					buffer: 64
				})
			] as const
	);
	const [w, s, e, n] = dataBounds(topology);
	const tiles: Tile[] = [];
	for (let z = 0; z <= maxZoom; z++) {
		for (let x = lngToTileX(w, z); x <= lngToTileX(e, z); x++) {
			for (let y = latToTileY(n, z); y <= latToTileY(s, z); y++) {
				const layers: Record<string, GeoJSONVTTile> = {};
				for (const [name, index] of indexes) {
					const tile = index.getTile(z, x, y);
					if (tile?.features.length) layers[name] = tile;
				}
				if (Object.keys(layers).length)
					tiles.push({ z, x, y, data: fromGeojsonVt(layers, { version: 2, extent: EXTENT }) });
			}
		}
	}
	return tiles;
}
