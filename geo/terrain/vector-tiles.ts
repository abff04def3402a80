/** Cuts GeoJSON layers into vector tiles over a box, with MapLibre's own tiler and encoder. */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { latToTileY, lngToTileX, type Tile } from '../basemap/tiles';

const EXTENT = 4096;

/**
 * Every tile from minZoom to maxZoom over bbox, in z, x, y order; one with nothing in it is written
 * empty (a vector tile without layers), since MapLibre asks for every tile the source's bounds touch
 * and a missing file comes back as the app's own page, which it reports as a broken tile.
 */
export function cutVectorTiles(
	layers: Record<string, GeoJSON.GeoJSON>,
	bbox: [number, number, number, number],
	{ minZoom, maxZoom, tolerance = 3 }: { minZoom: number; maxZoom: number; tolerance?: number }
): Tile[] {
	const indexes = Object.entries(layers).map(
		([name, data]) =>
			[
				name,
				new GeoJSONVT(data as ConstructorParameters<typeof GeoJSONVT>[0], {
					maxZoom,
					indexMaxZoom: 0,
					tolerance,
					extent: EXTENT,
					buffer: 64
				})
			] as const
	);
	const [w, s, e, n] = bbox;
	const tiles: Tile[] = [];
	for (let z = minZoom; z <= maxZoom; z++)
		for (let x = lngToTileX(w, z); x <= lngToTileX(e, z); x++)
			for (let y = latToTileY(n, z); y <= latToTileY(s, z); y++) {
				const found: Record<string, GeoJSONVTTile> = {};
				for (const [name, index] of indexes) {
					const tile = index.getTile(z, x, y);
					if (tile?.features.length) found[name] = tile;
				}
				tiles.push({ z, x, y, data: fromGeojsonVt(found, { version: 2, extent: EXTENT }) });
			}
	return tiles;
}
