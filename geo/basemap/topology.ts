/**
 * Simplifies the layers, cuts the sea out of the simplified land (so coast arcs are shared exactly)
 * and writes the one quantized TopoJSON the app loads, with label points on the simplified shapes.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { BASEMAP_OBJECTS as TOPOLOGY_OBJECTS } from '../../src/lib/basemap/files';
import { collection } from './dcw';
import { CONTEXT_BBOX } from './extent';
import { buildLabels } from './labels';
import { bboxArg, ring, type BasemapLayers } from './layers';
import { mapshaperGeojson, runMapshaper } from './ms';

export { TOPOLOGY_OBJECTS };

/** Simplification (weighted Visvalingam, interval in metres): Zhejiang finer than its context. */
export const SIMPLIFY = {
	counties: 'interval=100 weighted keep-shapes',
	lakes: 'interval=100 weighted keep-shapes',
	rivers: 'interval=100 weighted',
	neighbours: 'interval=300 weighted keep-shapes'
} as const;
/**
 * The detail cut (zhejiang-detail.topojson) for the deepest tiles only (BASEMAP_TILES.detailFrom): coast,
 * lakes and rivers fine enough for z12 (about 30 m a pixel), while the tiles below keep the 100 m cut.
 */
export const DETAIL_SIMPLIFY = {
	...SIMPLIFY,
	counties: 'interval=40 weighted keep-shapes',
	lakes: 'interval=40 weighted keep-shapes',
	rivers: 'interval=40 weighted'
} as const;
/** Context islands under this area are dropped (Zhejiang keeps all its islands). */
export const NEIGHBOUR_MIN_ISLAND = '2km2';
export const QUANTIZATION = 100000;

async function simplify(layer: FeatureCollection, options: string, pre = ''): Promise<FeatureCollection> {
	return mapshaperGeojson(`-i in.json ${pre} -simplify ${options}`, { 'in.json': layer });
}

/** The context box minus the land; only the largest piece, so slivers where DCW and the county data
 * disagree along inland borders do not show as water. */
async function seaFrom(land: Feature[]): Promise<FeatureCollection> {
	const box: Feature = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: [ring(CONTEXT_BBOX)] }
	};
	const parts = await mapshaperGeojson(
		`-i land.json -dissolve + name=landmask -i box.json -erase landmask -explode -each "area=this.area"`,
		{ 'land.json': collection(land), 'box.json': collection([box]) }
	);
	const area = (f: Feature) => Number(f.properties?.area ?? 0);
	const largest = parts.features.reduce((a, b) => (area(b) > area(a) ? b : a));
	return collection([{ ...largest, properties: {} }]);
}

export async function buildTopology(
	layers: BasemapLayers,
	options: Record<keyof typeof SIMPLIFY, string> = SIMPLIFY
) {
	const counties = await simplify(layers.counties, options.counties);
	const neighbours = await simplify(
		layers.neighbours,
		options.neighbours,
		`-filter-islands min-area=${NEIGHBOUR_MIN_ISLAND} -clip bbox=${bboxArg(CONTEXT_BBOX)}`
	);
	const lakes = await simplify(layers.lakes, options.lakes);
	const rivers = await simplify(layers.rivers, options.rivers);
	const sea = await seaFrom([...counties.features, ...neighbours.features]);
	const labels = await buildLabels({ counties, neighbours, lakes, sea });

	const all = { sea, neighbours, counties, lakes, rivers, labels };
	const out = await runMapshaper(
		`-i combine-files ${TOPOLOGY_OBJECTS.map((k) => `${k}.json`).join(' ')} ` +
			`-o zhejiang.topojson format=topojson quantization=${QUANTIZATION} target=*`,
		Object.fromEntries(TOPOLOGY_OBJECTS.map((k) => [`${k}.json`, all[k]]))
	);
	const topojson = out['zhejiang.topojson'];
	if (!topojson) throw new Error('basemap: mapshaper wrote no TopoJSON');
	return { topojson, labels, layers: { sea, neighbours, counties, lakes, rivers } };
}
