/**
 * Every camera move the app makes (the list, the tour, search, the keyboard, links, popups, clusters)
 * goes through here, under one reduced-motion rule: a reader who asked for less motion gets jumps.
 * The reader's own drags and MapLibre's keyboard handler are MapLibre's.
 */
import type { LngLatLike, Map as MapLibreMap, PaddingOptions, PointLike } from 'maplibre-gl';
import { withLabelRoom } from '../layout/free-area';
import { isPhoneLayout } from '../layout/phone';
import type { BBox } from '../spatial/fit';
import { labelReach } from './label-text';

type CameraMap = Pick<
	MapLibreMap,
	'flyTo' | 'easeTo' | 'fitBounds' | 'jumpTo' | 'panBy' | 'getBounds' | 'getZoom' | 'isMoving'
> &
	Partial<Pick<MapLibreMap, 'getContainer'>>;

/** How long each kind of move takes with motion allowed, in ms. */
export const DURATION = { fly: 800, reveal: 500, pan: 300 } as const;
/** A place brought into view is shown at least this close. */
export const REVEAL_MIN_ZOOM = 9;

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Room kept free around a fitted box when nothing measures the map's covers (tests, a bare map). */
export const DEFAULT_PADDING: PaddingOptions = { top: 60, bottom: 80, left: 60, right: 60 };

export class Camera {
	constructor(
		private readonly map: () => CameraMap | undefined,
		private readonly still: () => boolean = prefersReducedMotion,
		/**
		 * Room to keep free around what a fit shows: the free map area (layout/map-covers), read when the move is
		 * planned, so a folded legend or a taller sheet counts as it is then.
		 */
		private readonly padding: () => PaddingOptions = () => DEFAULT_PADDING
	) {}

	#ms(ms: number): number {
		return this.still() ? 0 : ms;
	}

	flyTo(center: LngLatLike, zoom: number) {
		const map = this.map();
		if (!map) return;
		// essential: the rule above decides, not MapLibre's own reading of the same setting.
		if (this.still()) map.jumpTo({ center, zoom });
		else map.flyTo({ center, zoom, duration: DURATION.fly, essential: true });
	}

	/**
	 * Shows a box (a case's sites, or one site as a box of a point) in the free part of the map. The
	 * padding only shapes the camera computed: MapLibre's fitBounds leaves the map's own padding at
	 * zero, so the URL's centre stays the map's centre. `jump` for a first view, which has no "before".
	 * `labels`: how much of a label's reach to keep free inside the map (label-text.ts), 1 for a case
	 * or a site; the province overview asks for half, enough for a phone's labels set centred under
	 * their dots, since the whole reach would cost a phone's overview a third of its width.
	 */
	fitBounds([w, s, e, n]: BBox, maxZoom: number, { jump = false, labels = 1 } = {}) {
		const bounds: [[number, number], [number, number]] = [
			[w, s],
			[e, n]
		];
		this.map()?.fitBounds(bounds, {
			padding: this.#withLabels(this.padding(), labels),
			maxZoom,
			duration: jump ? 0 : this.#ms(DURATION.fly),
			essential: true
		});
	}

	#withLabels(padding: PaddingOptions, share: number): PaddingOptions {
		const box = this.map()?.getContainer?.();
		if (!box || !share) return padding;
		const narrow = typeof matchMedia === 'function' && isPhoneLayout();
		const { top = 0, bottom = 0, left = 0, right = 0 } = padding;
		const sides = { top, bottom, left, right };
		return withLabelRoom(sides, labelReach(narrow) * share, box.clientWidth, box.clientHeight);
	}

	/** The URL's camera (Back, a link): a jump, since the reader is already elsewhere in the story. */
	jumpTo(center: LngLatLike, zoom: number) {
		this.map()?.jumpTo({ center, zoom });
	}

	/** Brings a place into view if it is off-screen, zooming in to REVEAL_MIN_ZOOM at least. */
	reveal(at: LngLatLike, minZoom = REVEAL_MIN_ZOOM) {
		const map = this.map();
		if (!map || map.getBounds().contains(at)) return;
		map.easeTo({
			center: at,
			zoom: Math.max(map.getZoom(), minZoom),
			duration: this.#ms(DURATION.reveal),
			essential: true
		});
	}

	easeTo(center: LngLatLike, zoom: number) {
		this.map()?.easeTo({ center, zoom, duration: this.#ms(DURATION.reveal), essential: true });
	}

	panBy(offset: PointLike) {
		this.map()?.panBy(offset, { duration: this.#ms(DURATION.pan), essential: true });
	}
}
