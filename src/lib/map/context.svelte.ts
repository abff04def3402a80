import type {
	FilterSpecification,
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	RasterDEMSourceSpecification,
	StyleSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import { createContext } from 'svelte';
import { appPart, basemapIds, withAppPart, type AppPart, type BasemapIds } from './app-part';
import { freeAreaPadding } from '../layout/map-covers';
import { Camera, DEFAULT_PADDING, prefersReducedMotion } from './camera';
import { APP_LAYER_ORDER, UNDER_BASEMAP_LABELS, type AppLayerId } from './layer-order';

/** A layer of the app's: MapLibre's own spec, with an id from the one ordered list. */
export type AppLayer = LayerSpecification & { id: AppLayerId };

/** Owned by MapView. Every change the app makes to the map goes through here. */
export class MapState {
	map: MapLibreMap | undefined = $state.raw();
	/** The one owner of camera moves (camera.ts). */
	readonly camera = new Camera(
		() => this.map,
		prefersReducedMotion,
		() => (this.map ? freeAreaPadding(this.map.getContainer()) : DEFAULT_PADDING)
	);
	/** The style has loaded: sources and layers can be added. */
	loaded = $state(false);
	/** What the current basemap brought; everything else on the map is the app's and survives a switch. */
	#base: BasemapIds = { sources: new Set(), layers: new Set() };
	/** Between setStyle and its style.load the style refuses changes: they wait here, in order. */
	#pending: (() => void)[] | null = null;
	/** The app's part as of the last switch: a style still loading cannot be read back. */
	#app: AppPart = { sources: {}, layers: [] };

	/** The data each GeoJSON source was last given: the same object again is no new data. */
	#given = new Map<string, unknown>();

	/** MapView tells which basemap it started with, and which of the app's sources came in its style. */
	startBasemap(style: StyleSpecification, appSources: Record<string, GeoJSONSourceSpecification> = {}) {
		this.#base = basemapIds(style);
		for (const [id, source] of Object.entries(appSources)) this.#given.set(id, source.data);
	}

	/**
	 * Replaces the basemap under the app's sources and layers, whoever added them: they are read
	 * from the running style, so a component added later needs no registration to survive. MapLibre
	 * diffs the two styles, so the app's part is not even touched; if it has to rebuild the style
	 * instead, changes made meanwhile wait for style.load. A switch while a rebuild is under way (a
	 * style that never arrives) replaces it.
	 */
	setBasemap(next: StyleSpecification): BasemapIds {
		const map = this.#get();
		if (!this.#pending) this.#app = appPart(map.getStyle(), this.#base);
		const { style, base } = withAppPart(next, this.#app);
		this.#base = base;
		this.#pending ??= [];
		map.off('style.load', this.#flush);
		map.once('style.load', this.#flush);
		map.setStyle(style);
		// A diff with nothing to do, or one the validator refused, loads nothing and leaves the old style.
		if (this.#pending && map.style?._loaded) this.#flush();
		return base;
	}

	#flush = () => {
		this.map?.off('style.load', this.#flush);
		const queued = this.#pending ?? [];
		this.#pending = null;
		for (const run of queued) run();
	};

	/** True if the call was queued until the style being switched to has loaded. */
	#later(run: () => void): boolean {
		if (!this.#pending) return false;
		this.#pending.push(run);
		return true;
	}

	#get(): MapLibreMap {
		if (!this.map) throw new Error('MapState used outside MapView');
		return this.map;
	}

	addGeoJSON(
		id: string,
		data: GeoJSONSourceSpecification['data'],
		options: Partial<GeoJSONSourceSpecification> = {}
	) {
		if (this.#later(() => this.addGeoJSON(id, data, options))) return;
		const map = this.#get();
		// A source the first style brought with this very data (MapView): setting it again would have
		// the worker cut it twice, and cost a frame.
		if (map.getSource(id) && this.#given.get(id) !== data) (map.getSource(id) as GeoJSONSource).setData(data);
		else if (!map.getSource(id)) map.addSource(id, { ...options, type: 'geojson', data });
		this.#given.set(id, data);
	}

	/** A tiled source (vector, raster-dem): added once; MapLibre fetches its tiles only for visible layers. */
	addSource(id: string, source: VectorSourceSpecification | RasterDEMSourceSpecification) {
		if (this.#later(() => this.addSource(id, source))) return;
		const map = this.#get();
		if (!map.getSource(id)) map.addSource(id, source);
	}

	addLayer(layer: AppLayer) {
		if (this.#later(() => this.addLayer(layer))) return;
		const map = this.#get();
		if (map.getLayer(layer.id)) return;
		const above = APP_LAYER_ORDER.slice(APP_LAYER_ORDER.indexOf(layer.id) + 1);
		const next = above.find((id) => map.getLayer(id));
		// Relief belongs to the ground: under the basemap's names, so they stay as legible as elsewhere.
		const ground = UNDER_BASEMAP_LABELS as readonly string[];
		const firstLabel = ground.includes(layer.id)
			? map.getStyle().layers.find((l) => l.type === 'symbol' && this.#base.layers.has(l.id))?.id
			: undefined;
		map.addLayer(layer, next && ground.includes(next) ? next : (firstLabel ?? next));
	}

	/** Basemap layers that phase one hid (phases.ts), shown once the sites can be clicked. */
	showLayers(ids: readonly string[]) {
		if (this.#later(() => this.showLayers(ids))) return;
		const map = this.#get();
		for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
	}

	setVisible(id: AppLayerId, visible: boolean) {
		if (this.#later(() => this.setVisible(id, visible))) return;
		const map = this.#get();
		if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
	}

	/** One layout property of a running layer (a label's text in another language, its priority). */
	setLayout<K extends keyof NonNullable<AppLayer['layout']>>(
		id: AppLayerId,
		name: K,
		value: NonNullable<AppLayer['layout']>[K]
	) {
		if (this.#later(() => this.setLayout(id, name, value))) return;
		const map = this.#get();
		if (map.getLayer(id))
			map.setLayoutProperty(id, name as Parameters<MapLibreMap['setLayoutProperty']>[1], value);
	}

	setFilter(id: AppLayerId, filter: FilterSpecification | null) {
		if (this.#later(() => this.setFilter(id, filter))) return;
		const map = this.#get();
		if (map.getLayer(id)) map.setFilter(id, filter);
	}

	removeLayer(id: AppLayerId) {
		const map = this.#live();
		if (!map || this.#later(() => this.removeLayer(id))) return;
		if (map.getLayer(id)) map.removeLayer(id);
	}

	/** Its layers go first, whichever component added them: MapLibre refuses to drop a source in use. */
	removeSource(id: string) {
		const map = this.#live();
		if (!map || this.#later(() => this.removeSource(id))) return;
		for (const layer of APP_LAYER_ORDER) if (map.getLayer(layer)?.source === id) map.removeLayer(layer);
		if (map.getSource(id)) map.removeSource(id);
		this.#given.delete(id);
	}

	/** The map, unless it is already torn down (a component unmounting after MapView). */
	#live(): MapLibreMap | undefined {
		return this.map?.style ? this.map : undefined;
	}

	setCursor(value: string) {
		this.#get().getCanvas().style.cursor = value;
	}
}

export const [getMapState, setMapState] = createContext<MapState>();
