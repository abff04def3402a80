/**
 * Draws the live map's style again on a hidden map of its own, larger (pixelRatio) and north up, and
 * copies the result. The reader's map is never touched, so it keeps its cheap drawing buffer:
 * preserveDrawingBuffer is on for this one-off map only.
 */
import { Map as MapLibreMap, type LngLatBoundsLike, type Map as LiveMap } from 'maplibre-gl';
import type { RenderedSource } from './credits';
import type { RenderedFeature } from './legend';

export interface ShotOptions {
	/** Size of the view, in CSS pixels. */
	width: number;
	height: number;
	/** Figure pixels per CSS pixel. */
	pixelRatio: number;
	/** Fit these bounds instead of showing the live map's view. */
	bounds?: LngLatBoundsLike;
}

export interface MapShot {
	image: HTMLCanvasElement;
	/** The ratio MapLibre applied (it lowers one that would exceed the largest canvas). */
	pixelRatio: number;
	center: { lat: number; lng: number };
	zoom: number;
	features: RenderedFeature[];
	sources: RenderedSource[];
	colorOf: (layer: string) => string | null;
	/** Removes the hidden map. */
	dispose: () => void;
}

/** Largest figure side: what software GL and most GPUs can allocate. */
const MAX_CANVAS = 8192;

export async function shootMap(live: LiveMap, options: ShotOptions): Promise<MapShot> {
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	Object.assign(container.style, {
		position: 'fixed',
		left: '-20000px',
		top: '0',
		width: `${options.width}px`,
		height: `${options.height}px`,
		pointerEvents: 'none'
	});
	document.body.append(container);
	const style = live.getStyle();
	const map = new MapLibreMap({
		container,
		style,
		...(options.bounds
			? { bounds: options.bounds, fitBoundsOptions: { padding: 40, maxZoom: 12 } }
			: { center: live.getCenter(), zoom: live.getZoom() }),
		bearing: 0,
		pitch: 0,
		pixelRatio: options.pixelRatio,
		maxCanvasSize: [MAX_CANVAS, MAX_CANVAS],
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true }
	});
	// Tearing a WebGL map down takes longer than drawing it on software GL: the caller does it once
	// the figure is out.
	const dispose = () => {
		map.remove();
		container.remove();
	};
	try {
		await new Promise<void>((resolve, reject) => {
			map.once('idle', () => resolve());
			map.once('error', (e) => {
				// A tile that fails (an online basemap offline) leaves a gap, not a failed figure.
				if (!('sourceId' in e) && !('tile' in e)) reject(e.error ?? new Error('the map failed'));
			});
		});
		const source = map.getCanvas();
		const image = document.createElement('canvas');
		image.width = source.width;
		image.height = source.height;
		image.getContext('2d')!.drawImage(source, 0, 0);
		const rendered = map.queryRenderedFeatures();
		const colors = new Map(
			[...new Set(rendered.map((f) => f.layer.id))].map((id) => [id, constantColor(map, id)])
		);
		return {
			image,
			pixelRatio: source.width / options.width,
			center: map.getCenter(),
			zoom: map.getZoom(),
			features: rendered.map((f) => ({ layer: f.layer.id, properties: f.properties })),
			sources: renderedSources(style, rendered),
			colorOf: (layer) => colors.get(layer) ?? null,
			dispose
		};
	} finally {
		const R = performance.now();
		map.remove();
		container.remove();
	}
}

function renderedSources(
	style: ReturnType<LiveMap['getStyle']>,
	rendered: ReturnType<LiveMap['queryRenderedFeatures']>
): RenderedSource[] {
	const bySource = new Map<string, RenderedSource>();
	for (const f of rendered) {
		const id = f.source;
		const spec = style.sources[id] as { attribution?: string } | undefined;
		const entry = bySource.get(id) ?? { id, ...(spec?.attribution ? { attribution: spec.attribution } : {}) };
		const line = f.properties.source;
		if (typeof line === 'string') (entry.featureSources ??= []).push(line);
		if (f.properties.admin != null) entry.adminCodes = true;
		if (f.properties.schematic === true) entry.schematic = true;
		bySource.set(id, entry);
	}
	// Raster tiles hold no features to query: a raster basemap that is shown is in view everywhere.
	for (const layer of style.layers)
		if (layer.type === 'raster' && layer.layout?.visibility !== 'none') {
			const spec = style.sources[layer.source] as { attribution?: string } | undefined;
			if (!bySource.has(layer.source))
				bySource.set(layer.source, {
					id: layer.source,
					...(spec?.attribution ? { attribution: spec.attribution } : {})
				});
		}
	return [...bySource.values()];
}

function constantColor(map: MapLibreMap, layer: string): string | null {
	const type = map.getLayer(layer)?.type;
	if (type !== 'line' && type !== 'fill' && type !== 'circle') return null;
	const value: unknown = map.getPaintProperty(layer, `${type}-color`);
	return typeof value === 'string' ? value : null;
}
