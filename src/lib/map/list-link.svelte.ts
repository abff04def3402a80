/**
 * What passes between the side panel and the map that is not navigation (and so stays out of the
 * URL): the site a list entry points at, the view's bounds, and one-off camera moves the reader
 * asked for. The map reports where it went through moveend, which writes the URL as usual.
 */
import type { BBox as Bounds } from '../spatial/fit';

export type CameraMove =
	{ kind: 'fly'; center: [number, number]; zoom: number } | { kind: 'fit'; bounds: Bounds; maxZoom: number };

export class ListMapLink {
	/** Site id under the pointer or keyboard focus in the list. */
	highlighted: string | null = $state(null);
	/** The map's current bounds; null until it has reported them. */
	bounds: Bounds | null = $state.raw(null);
	/** A fresh object per request, so asking twice for the same move moves twice. */
	move: CameraMove | null = $state.raw(null);

	flyTo(center: [number, number], zoom = 11) {
		this.move = { kind: 'fly', center, zoom };
	}

	fit(bounds: Bounds, maxZoom = 11) {
		this.move = { kind: 'fit', bounds, maxZoom };
	}
}
