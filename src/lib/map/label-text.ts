/**
 * How the site labels are set (SiteLabels.svelte), shared with the camera, which leaves room for them
 * inside a fitted view: MapLibre keeps labels clear of each other, never of the map's edge.
 */
import type { BasemapFont } from '../basemap/files';

/**
 * The offline basemap's own family, whose font-faces files hold every site name's glyphs
 * (geo/basemap/build.ts); the online basemaps carry those files along (basemap/online.ts).
 */
export const SITE_LABEL_FONT: BasemapFont = 'Noto Sans CJK SC Regular';

/** Text size in px: 12 at zoom 6, growing to 13.5 at zoom 12. */
export const LABEL_SIZE = { low: [6, 12], high: [12, 13.5] } as const;

/** From the dot to the text, in ems. */
export const LABEL_OFFSET_EM = 0.75;

/**
 * Where a line wraps, in ems. Narrower on a phone: a long English name ("Yuhang District Party–Mass
 * Service Centre") set in three short lines needs less of a narrow map's width kept free for it.
 */
export const labelMaxWidthEm = (narrow: boolean) => (narrow ? 7 : 9);

type Anchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'bottom-left';
/**
 * Where MapLibre tries to set a label, in turn, until one is clear of the others. It never tries to
 * keep a label inside the map: on a phone, where any site may be near an edge, a label centred under
 * or over its dot comes first, since it runs only half its width either side.
 */
export const labelAnchors = (narrow: boolean): Anchor[] =>
	narrow
		? ['top', 'bottom', 'left', 'right', 'top-left', 'bottom-left']
		: ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left'];

/**
 * How far right of its dot a label can run, in px, at its largest size: the text set right of the dot
 * (the first anchor on a laptop, a fallback on a phone).
 */
export const labelReach = (narrow: boolean) =>
	Math.ceil(LABEL_SIZE.high[1] * (labelMaxWidthEm(narrow) + LABEL_OFFSET_EM));
