import type {
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import { createContext } from 'svelte';
import { APP_LAYER_ORDER, type AppLayerId } from './layer-order';

type AppLayer = LayerSpecification & { id: AppLayerId };

/** Owned by MapView. Every change the app makes to the map goes through here. */
export class MapState {
	map: MapLibreMap | undefined = $state.raw();
	/** The style has loaded: sources and layers can be added. */
	loaded = $state(false);

	#get(): MapLibreMap {
		if (!this.map) throw new Error('MapState used outside MapView');
		return this.map;
	}

	addGeoJSON(
		id: string,
		data: GeoJSONSourceSpecification['data'],
		options: Partial<GeoJSONSourceSpecification> = {}
	) {
		const map = this.#get();
		if (map.getSource(id)) (map.getSource(id) as GeoJSONSource).setData(data);
		else map.addSource(id, { ...options, type: 'geojson', data });
	}

	addLayer(layer: AppLayer) {
		const map = this.#get();
		if (map.getLayer(layer.id)) return;
		const above = APP_LAYER_ORDER.slice(APP_LAYER_ORDER.indexOf(layer.id) + 1);
		map.addLayer(
			layer,
			above.find((id) => map.getLayer(id))
		);
	}

	setVisible(id: AppLayerId, visible: boolean) {
		const map = this.#get();
		if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
	}

	remove(layerIds: readonly string[], sourceId: string) {
		const map = this.map;
		if (!map || !map.style) return; // map already torn down
		for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
		if (map.getSource(sourceId)) map.removeSource(sourceId);
	}

	setCursor(value: string) {
		this.#get().getCanvas().style.cursor = value;
	}
}

export const [getMapState, setMapState] = createContext<MapState>();
