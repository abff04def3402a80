/**
 * Reads province polygons from GMT's DCW netCDF-4 file (Debian gmt-dcw) with h5wasm, no GMT needed.
 * Each region is stored as `<CODE>_lon` / `<CODE>_lat` uint16 arrays scaled from a minimum; 65535 in
 * the longitude starts a new ring.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import h5wasm, { type Dataset } from 'h5wasm/node';

export interface DcwRegion {
	code: string;
	rings: Position[][];
}

function scaled(dataset: Dataset): { values: ArrayLike<number>; min: number; scale: number } {
	const attr = (k: string) => Number((dataset.attrs[k]?.value as ArrayLike<number>)[0]);
	return { values: dataset.value as ArrayLike<number>, min: attr('min'), scale: attr('scale') };
}

export async function readDcwRegions(file: string, codes: readonly string[]): Promise<DcwRegion[]> {
	await h5wasm.ready;
	const f = new h5wasm.File(file, 'r');
	try {
		return codes.map((code) => {
			const lon = f.get(`${code}_lon`),
				lat = f.get(`${code}_lat`);
			if (!(lon instanceof h5wasm.Dataset) || !(lat instanceof h5wasm.Dataset))
				throw new Error(`DCW: no region ${code} in ${file}`);
			const x = scaled(lon),
				y = scaled(lat);
			const rings: Position[][] = [];
			let ring: Position[] | null = null;
			for (let i = 0; i < x.values.length; i++) {
				if (x.values[i] === 65535) {
					ring = [];
					rings.push(ring);
					continue;
				}
				ring?.push([round6(x.values[i]! / x.scale + x.min), round6(y.values[i]! / y.scale + y.min)]);
			}
			return { code, rings: rings.filter((r) => r.length >= 4) };
		});
	} finally {
		f.close();
	}
}

/** One polygon per ring; mapshaper's -clean/-dissolve downstream resolves overlaps. */
export function dcwRegionFeatures<P extends object>(region: DcwRegion, properties: P): Feature<Polygon, P>[] {
	return region.rings.map((r) => ({
		type: 'Feature',
		properties,
		geometry: { type: 'Polygon', coordinates: [r] }
	}));
}

export function collection<G extends Feature['geometry'], P>(
	features: Feature<G, P>[]
): FeatureCollection<G, P> {
	return { type: 'FeatureCollection', features };
}

function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}
