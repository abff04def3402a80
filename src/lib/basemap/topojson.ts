import type { Topology } from 'topojson-specification';
import { loadJson, type Validator } from '../data/load';
import { BASEMAP_OBJECTS } from './files';

/** Is this the basemap's TopoJSON, with every object the style draws? */
export const validateTopology: Validator<Topology> = (json) => {
	const topology = json as Partial<Topology> | null;
	if (topology?.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs))
		return { ok: false, errors: ['not a TopoJSON Topology'] };
	const missing = BASEMAP_OBJECTS.filter((name) => !(name in topology.objects!));
	if (missing.length) return { ok: false, errors: [`lacks the objects ${missing.join(', ')}`] };
	return { ok: true, data: topology as Topology };
};

/** Fetches the basemap TopoJSON; every failure names the file, so the app can say what is missing. */
export async function loadBasemap(url: string, fetcher: typeof fetch = fetch): Promise<Topology> {
	const result = await loadJson(url, validateTopology, fetcher);
	if (!result.ok) throw new Error(`Basemap ${result.file} ${result.message}`);
	return result.data;
}
