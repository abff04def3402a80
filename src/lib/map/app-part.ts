/**
 * The pure style surgery a basemap switch needs (MapState.setBasemap): which parts of a running style
 * are the app's, and how they ride over to the next basemap. No DOM, no map: unit-tested in Node.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The ids a basemap style brings: whatever else is on the map belongs to the app. */
export interface BasemapIds {
	sources: Set<string>;
	layers: Set<string>;
}

export function basemapIds(style: StyleSpecification): BasemapIds {
	return { sources: new Set(Object.keys(style.sources)), layers: new Set(style.layers.map((l) => l.id)) };
}

/** The sources and layers the app added over the basemap, in their current order and state. */
export interface AppPart {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
}

export function appPart(running: StyleSpecification, base: BasemapIds): AppPart {
	return {
		sources: Object.fromEntries(Object.entries(running.sources).filter(([id]) => !base.sources.has(id))),
		layers: running.layers.filter((l) => !base.layers.has(l.id))
	};
}

/**
 * The next basemap with the app's part on top, as it was. An id the next basemap also uses is
 * renamed out of the way in the basemap, never in the app part: components address their own ids.
 */
export function withAppPart(
	next: StyleSpecification,
	app: AppPart
): { style: StyleSpecification; base: BasemapIds } {
	const taken = new Set([...Object.keys(app.sources), ...app.layers.map((l) => l.id)]);
	const rename = (id: string) => (taken.has(id) ? `basemap:${id}` : id);
	const sources = Object.fromEntries(Object.entries(next.sources).map(([id, s]) => [rename(id), s]));
	const layers = next.layers.map((l) => {
		const renamed = { ...l, id: rename(l.id) } as LayerSpecification;
		if ('source' in l && typeof l.source === 'string')
			(renamed as { source: string }).source = rename(l.source);
		return renamed;
	});
	return {
		style: { ...next, sources: { ...sources, ...app.sources }, layers: [...layers, ...app.layers] },
		base: { sources: new Set(Object.keys(sources)), layers: new Set(layers.map((l) => l.id)) }
	};
}
