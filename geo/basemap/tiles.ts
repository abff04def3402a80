/**
 * Cuts the basemap into Mapbox Vector Tiles once, at build time, so the browser fetches a few small
 * tiles for the view instead of decoding the whole TopoJSON and tiling 2.6 MB of GeoJSON on load.
 * Same tiler and encoder as MapLibre's own GeoJSON source (@maplibre/geojson-vt, @maplibre/vt-pbf).
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BASEMAP_TILES, TILE_LAYERS, type LabelKind, type TileLayer } from '../../src/lib/basemap/files';
import { basemapStyle } from '../../src/lib/basemap/offline-style';
import { tileLayerData } from './tile-layers';

export interface TileOptions {
	/** Deepest zoom cut; MapLibre overzooms past it. */
	maxZoom: number;
	/** The town-level places go only into tiles from this zoom: the labels show from there. */
	placesMinZoom: number;
	/** A finer cut of the same topology for the tiles from `detailFrom` (coast and rivers at z12). */
	detail?: Topology;
	detailFrom?: number;
	/**
	 * Extent of the tiles below maxZoom (EXTENT at maxZoom). Those are never overzoomed: a tile shows
	 * at 512 to 1024 pixels, so 2048 units are at most half a pixel, and the simplification tolerance
	 * scales with it to stay where it was. Coarser units make smaller deltas, so fewer bytes.
	 */
	shallowExtent?: number;
	/** Label kinds that ride only in tiles from this zoom: below it no style layer lays them out. */
	labelMinZoom?: Partial<Record<LabelKind, number>>;
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

const EXTENT = 4096;
/** At EXTENT: geojson-vt's Douglas–Peucker tolerance and the tile buffer, in tile units. */
const TOLERANCE = 3;
const BUFFER = 64;
/** See TileOptions.shallowExtent. */
export const SHALLOW_EXTENT = 2048;

export const lngToTileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
export const latToTileY = (lat: number, z: number) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The bounds of everything drawn, [w, s, e, n]: the style's source `bounds`, so no tile outside is asked for. */
export function dataBounds(topology: Topology): [number, number, number, number] {
	// The places lie inside the land; the bounds are the drawn frame's, as before they were added.
	const data = Object.entries(tileLayerData(topology)).filter(([name]) => name !== 'places');
	const boxes = data.map(([, g]) => bbox(g as Parameters<typeof bbox>[0]));
	const round = (v: number, up: boolean) => (up ? Math.ceil(v * 1e4) : Math.floor(v * 1e4)) / 1e4;
	return [
		round(Math.min(...boxes.map((b) => b[0])), false),
		round(Math.min(...boxes.map((b) => b[1])), false),
		round(Math.max(...boxes.map((b) => b[2])), true),
		round(Math.max(...boxes.map((b) => b[3])), true)
	];
}

/**
 * The zoom from which the style lays out each label kind. MapLibre lays a symbol layer out for a
 * tile only from floor(minzoom) (StyleLayer.isHidden with roundMinZoom, worker_tile.ts), so a label
 * in a tile below that is bytes no view draws.
 */
export function styleLabelMinZoom(): Partial<Record<LabelKind, number>> {
	const out: Partial<Record<LabelKind, number>> = {};
	for (const layer of basemapStyle({ baseUrl: '/' }).layers) {
		if (!('source-layer' in layer) || layer['source-layer'] !== 'labels') continue;
		const [op, [, key] = [], kind] = (layer.filter ?? []) as [string, [string, string]?, LabelKind?];
		if (op !== '==' || key !== 'kind' || !kind) throw new Error(`tiles: ${layer.id} filters labels oddly`);
		out[kind] = Math.min(out[kind] ?? Infinity, Math.floor(layer.minzoom ?? 0));
	}
	return out;
}

/** The options of the shipped tiles (write-tiles.ts, and the test that they are what the tiler makes). */
export const shippedTileOptions = (detail: Topology): TileOptions => ({
	maxZoom: BASEMAP_TILES.maxzoom,
	placesMinZoom: BASEMAP_TILES.placesMinzoom,
	detail,
	detailFrom: BASEMAP_TILES.detailFrom,
	shallowExtent: SHALLOW_EXTENT,
	labelMinZoom: styleLabelMinZoom()
});

/** Every non-empty tile from z0 to maxZoom, in z, x, y order (so the output is reproducible). */
export function buildTiles(
	topology: Topology,
	places: FeatureCollection<Point>,
	{
		maxZoom,
		placesMinZoom,
		detail,
		detailFrom = Infinity,
		shallowExtent = EXTENT,
		labelMinZoom = {}
	}: TileOptions
): Tile[] {
	const data = tileLayerData(topology, places);
	const fine = detail ? tileLayerData(detail) : data;
	const labels = data.labels as FeatureCollection<Point, { kind: LabelKind }>;
	const indexes = new Map<string, GeoJSONVT>();
	/** One index per layer, cut and extent, made when first asked for. */
	const index = (name: TileLayer, z: number, extent: number) => {
		// Labels and places come from the main cut at every zoom, so no name moves between z9 and z10.
		const deep = z >= detailFrom && name !== 'labels' && name !== 'places' && fine !== data;
		const hidden =
			name === 'labels'
				? Object.entries(labelMinZoom)
						.filter(([, from]) => z < from)
						.map(([kind]) => kind)
				: [];
		const key = `${name} ${deep} ${extent} ${hidden.join()}`;
		let made = indexes.get(key);
		if (!made) {
			const source = hidden.length
				? { ...labels, features: labels.features.filter((f) => !hidden.includes(f.properties.kind)) }
				: (deep ? fine : data)[name];
			made = new GeoJSONVT(source as ConstructorParameters<typeof GeoJSONVT>[0], {
				maxZoom,
				indexMaxZoom: 0,
				tolerance: (TOLERANCE * extent) / EXTENT,
				extent,
				buffer: (BUFFER * extent) / EXTENT
			});
			indexes.set(key, made);
		}
		return made;
	};
	const [w, s, e, n] = dataBounds(topology);
	const tiles: Tile[] = [];
	for (let z = 0; z <= maxZoom; z++) {
		const extent = z < maxZoom ? shallowExtent : EXTENT;
		for (let x = lngToTileX(w, z); x <= lngToTileX(e, z); x++) {
			for (let y = latToTileY(n, z); y <= latToTileY(s, z); y++) {
				const layers: Record<string, GeoJSONVTTile> = {};
				for (const name of TILE_LAYERS) {
					if (name === 'places' && z < placesMinZoom) continue;
					const tile = index(name, z, extent).getTile(z, x, y);
					if (tile?.features.length) layers[name] = tile;
				}
				if (Object.keys(layers).length)
					tiles.push({ z, x, y, data: fromGeojsonVt(layers, { version: 2, extent }) });
			}
		}
	}
	return tiles;
}
