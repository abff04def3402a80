/**
 * The few Map methods MapState uses, over a plain style object. setStyle rebuilds like MapLibre does
 * when it cannot diff: the style is not loaded until the test calls `finishLoad()`, and until then
 * every change throws, as MapLibre's "Style is not done loading" does.
 */
import type {
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';

export class FakeMap {
	style: { _loaded: boolean } = { _loaded: true };
	#sources: Record<string, SourceSpecification & { data?: unknown }> = {};
	#layers: LayerSpecification[] = [];
	#handlers = new Map<string, Set<() => void>>();
	readonly canvas = { style: { cursor: '' } };

	constructor(initial: StyleSpecification) {
		this.#load(initial);
	}

	#load(style: StyleSpecification) {
		this.#sources = structuredClone(style.sources) as Record<
			string,
			SourceSpecification & { data?: unknown }
		>;
		this.#layers = structuredClone(style.layers);
	}

	#ready() {
		if (!this.style._loaded) throw new Error('Style is not done loading');
	}

	layerIds(): string[] {
		return this.#layers.map((l) => l.id);
	}

	getStyle(): StyleSpecification {
		this.#ready();
		return { version: 8, sources: structuredClone(this.#sources), layers: structuredClone(this.#layers) };
	}

	setStyle(style: StyleSpecification) {
		this.#load(style);
		this.style._loaded = false;
	}

	finishLoad() {
		this.style._loaded = true;
		for (const handler of [...(this.#handlers.get('style.load') ?? [])]) handler();
	}

	on(type: string, handler: () => void) {
		if (!this.#handlers.has(type)) this.#handlers.set(type, new Set());
		this.#handlers.get(type)!.add(handler);
	}

	once(type: string, handler: () => void) {
		const wrapped = () => {
			this.off(type, wrapped);
			handler();
		};
		// off(handler) must find it, as MapLibre's once does.
		(wrapped as { original?: () => void }).original = handler;
		this.on(type, wrapped);
	}

	off(type: string, handler: () => void) {
		const set = this.#handlers.get(type);
		for (const h of set ?? [])
			if (h === handler || (h as { original?: unknown }).original === handler) set!.delete(h);
	}

	getSource(id: string) {
		const source = this.#sources[id];
		return source && { setData: (data: unknown) => (source.data = data) };
	}

	sourceData(id: string): unknown {
		return this.#sources[id]?.data;
	}

	addSource(id: string, source: SourceSpecification) {
		this.#ready();
		if (this.#sources[id]) throw new Error(`There is already a source with ID "${id}".`);
		this.#sources[id] = structuredClone(source);
	}

	removeSource(id: string) {
		this.#ready();
		if (this.#layers.some((l) => 'source' in l && l.source === id))
			throw new Error(`Source "${id}" cannot be removed while layer is using it.`);
		delete this.#sources[id];
	}

	getLayer(id: string) {
		return this.#layers.find((l) => l.id === id);
	}

	addLayer(layer: LayerSpecification, before?: string) {
		this.#ready();
		if (this.getLayer(layer.id)) throw new Error(`Layer "${layer.id}" already exists.`);
		const at = before === undefined ? -1 : this.#layers.findIndex((l) => l.id === before);
		if (before !== undefined && at < 0) throw new Error(`Layer "${before}" does not exist.`);
		this.#layers.splice(at < 0 ? this.#layers.length : at, 0, structuredClone(layer));
	}

	removeLayer(id: string) {
		this.#ready();
		this.#layers = this.#layers.filter((l) => l.id !== id);
	}

	setFilter(id: string, filter: FilterSpecification | null) {
		this.#ready();
		const layer = this.getLayer(id) as { filter?: FilterSpecification } | undefined;
		if (layer) layer.filter = filter ?? undefined;
	}

	setLayoutProperty(id: string, name: string, value: unknown) {
		this.#ready();
		const layer = this.getLayer(id) as { layout?: Record<string, unknown> } | undefined;
		if (layer) layer.layout = { ...layer.layout, [name]: value };
	}

	getCanvas() {
		return this.canvas;
	}
}
