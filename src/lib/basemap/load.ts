import type { Topology } from 'topojson-specification';
import { BASEMAP_OBJECTS } from './files';

/** Fetches the basemap TopoJSON; every failure names the file, so the app can say what is missing. */
export async function loadBasemap(url: string, fetcher: typeof fetch = fetch): Promise<Topology> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch (error) {
		throw new Error(`Basemap ${url} could not be fetched: ${(error as Error).message}`);
	}
	if (!response.ok) throw new Error(`Basemap ${url} could not be loaded: HTTP ${response.status}`);
	let data: unknown;
	try {
		data = JSON.parse(await response.text());
	} catch {
		throw new Error(`Basemap ${url} is not valid JSON`);
	}
	const topology = data as Partial<Topology> | null;
	if (topology?.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs))
		throw new Error(`Basemap ${url} is not a TopoJSON Topology`);
	const missing = BASEMAP_OBJECTS.filter((name) => !(name in topology.objects!));
	if (missing.length) throw new Error(`Basemap ${url} lacks the objects ${missing.join(', ')}`);
	return topology as Topology;
}
