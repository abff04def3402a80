import type {
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	StyleSpecification
} from 'maplibre-gl';
import { createContext } from 'svelte';
import { appPart, basemapIds, withAppPart, type AppPart, type BasemapIds } from '../basemap/online';
import { APP_LAYER_ORDER, type AppLayerId } from './layer-order';

type AppLayer = LayerSpecification & { id: AppLayerId };

/** Owned by MapView. Every change the app makes to the map goes through here. */
export class MapState {
	map: MapLibreMap | undefined = $state.raw();
	/** The style has loaded: sources and layers can be added. */
	loaded = $state(false);
	/** What the current basemap brought; everything else on the map is the app's and survives a switch. */
	#base: BasemapIds = { sources: new Set(), layers: new Set() };
	/** Between setStyle and its style.load the style refuses changes: they wait here, in order. */
	#pending: (() => void)[] | null = null;
	/** The app's part as of the last switch: a style still loading cannot be read back. */
	#app: AppPart = { sources: {}, layers: [] };

	/** MapView tells which style it started with. */
	startBasemap(style: StyleSpecification) {
		this.#base = basemapIds(style);
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
		if (map.getSource(id)) (map.getSource(id) as GeoJSONSource).setData(data);
		else map.addSource(id, { ...options, type: 'geojson', data });
	}

	addLayer(layer: AppLayer) {
		if (this.#later(() => this.addLayer(layer))) return;
		const map = this.#get();
		if (map.getLayer(layer.id)) return;
		const above = APP_LAYER_ORDER.slice(APP_LAYER_ORDER.indexOf(layer.id) + 1);
		map.addLayer(
			layer,
			above.find((id) => map.getLayer(id))
		);
	}

	setVisible(id: AppLayerId, visible: boolean) {
		if (this.#later(() => this.setVisible(id, visible))) return;
		const map = this.#get();
		if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
	}

	remove(layerIds: readonly string[], sourceId: string) {
		const map = this.map;
		if (!map || !map.style) return; // map already torn down
		if (this.#later(() => this.remove(layerIds, sourceId))) return;
		for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
		if (map.getSource(sourceId)) map.removeSource(sourceId);
	}

	setCursor(value: string) {
		this.#get().getCanvas().style.cursor = value;
	}
}

export const [getMapState, setMapState] = createContext<MapState>();
