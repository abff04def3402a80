/**
 * The first view comes in two phases. In software WebGL every frame drawn before the sites can be
 * clicked costs a few hundred milliseconds, and names cost the most (glyphs, placement, fades): so
 * phase one draws only ground, water, boundaries and the sites, and the map says `interactive`; the
 * names (the basemap's and the sites'), monitoring, arcs, relief and rings follow, and then `ready`.
 */
import type { StyleSpecification } from 'maplibre-gl';

export type MapStatus = 'loading' | 'interactive' | 'ready' | 'error';

/** What must have loaded for each phase: source ids; null while the data files are still arriving. */
export interface PhaseSources {
	interactive: string[];
	ready: string[];
}

/**
 * The panel mounts at `interactive`, or after this long at the latest: a map that never gets there
 * (tiles that hang) must not keep the case list away.
 */
export const PANEL_AT_LATEST_MS = 3000;

/** Phase two's layers and controls are on the map (or on their way) from `interactive` on. */
export const detailShown = (status: MapStatus) => status === 'interactive' || status === 'ready';

/**
 * The style for phase one: the same style with its label layers hidden (not removed, so the
 * basemap's ids and order stay as they are), and the ids to show again in phase two.
 */
export function withoutLabels(style: StyleSpecification): { style: StyleSpecification; labels: string[] } {
	const labels = style.layers
		.filter((l) => l.type === 'symbol' && l.layout?.visibility !== 'none')
		.map((l) => l.id);
	return {
		style: {
			...style,
			layers: style.layers.map((l) =>
				labels.includes(l.id) ? { ...l, layout: { ...l.layout, visibility: 'none' } } : l
			) as StyleSpecification['layers']
		},
		labels
	};
}
