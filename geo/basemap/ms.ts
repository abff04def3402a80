/** Thin typed wrapper over mapshaper's in-memory API: GeoJSON objects in, parsed outputs back. */
import type { FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';

export async function runMapshaper(
	commands: string,
	inputs: Record<string, unknown>
): Promise<Record<string, string>> {
	const out = await mapshaper.applyCommands(commands, inputs);
	const text: Record<string, string> = {};
	for (const [name, data] of Object.entries(out))
		text[name] = typeof data === 'string' ? data : new TextDecoder().decode(data);
	return text;
}

/** Runs commands whose single -o writes `out.json` as GeoJSON, and parses it. */
export async function mapshaperGeojson(
	commands: string,
	inputs: Record<string, unknown>
): Promise<FeatureCollection> {
	const out = await runMapshaper(
		`${commands} -o out.json format=geojson geojson-type=FeatureCollection`,
		inputs
	);
	const json = out['out.json'];
	if (!json) throw new Error(`mapshaper wrote no out.json for: ${commands}`);
	return JSON.parse(json) as FeatureCollection;
}
