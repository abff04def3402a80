/**
 * The part of the map no panel, legend, control or credit covers, as fitBounds padding: a camera
 * that fits a box with it keeps every point of the box clear of them. Pure (rectangles in, padding
 * out), so any camera code can call it and it unit-tests in Node.
 */

/** A rectangle in page pixels, as getBoundingClientRect gives it. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Padding {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

type Side = keyof Padding;
const SIDES: Side[] = ['top', 'bottom', 'left', 'right'];

/** How far the map's edge on `side` must move in to clear `cover`, which overlaps the map. */
function inset(map: Rect, cover: Rect, side: Side): number {
	switch (side) {
		case 'left':
			return cover.right - map.left;
		case 'right':
			return map.right - cover.left;
		case 'top':
			return cover.bottom - map.top;
		case 'bottom':
			return map.bottom - cover.top;
	}
}

/**
 * The padding that leaves the largest free rectangle: each cover is cleared by moving one edge of the
 * map past it, and every way of choosing those edges is tried (a handful of covers: at most 4^n cases).
 * `margin` is added on every side, so a site is not drawn against a control's edge.
 */
export function freePadding(map: Rect, covers: readonly Rect[], margin = 0): Padding {
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	const overlapping = covers.filter(
		(c) =>
			c.right > map.left &&
			c.left < map.right &&
			c.bottom > map.top &&
			c.top < map.bottom &&
			c.right > c.left &&
			c.bottom > c.top
	);
	let best: Padding = { top: 0, bottom: 0, left: 0, right: 0 };
	let bestArea = -1;
	const choice = new Array<number>(overlapping.length).fill(0);
	for (let n = 0; n < 4 ** overlapping.length; n++) {
		let k = n;
		for (let i = 0; i < choice.length; i++) {
			choice[i] = k % 4;
			k = Math.floor(k / 4);
		}
		const pad: Padding = { top: 0, bottom: 0, left: 0, right: 0 };
		overlapping.forEach((cover, i) => {
			const side = SIDES[choice[i]!]!;
			pad[side] = Math.max(pad[side], inset(map, cover, side));
		});
		const area = Math.max(0, width - pad.left - pad.right) * Math.max(0, height - pad.top - pad.bottom);
		if (area > bestArea) {
			bestArea = area;
			best = pad;
		}
	}
	return shrinkToFit(
		{
			top: best.top + margin,
			bottom: best.bottom + margin,
			left: best.left + margin,
			right: best.right + margin
		},
		width,
		height
	);
}

/**
 * Padding that keeps the sites' labels inside the map as well as their dots: MapLibre keeps labels
 * clear of each other, never of the map's edge. A label runs up to `reach` px right of its dot (the
 * first anchor it tries), and half that either side when set above or below the dot, centred.
 */
export function withLabelRoom(pad: Padding, reach: number, width: number, height: number): Padding {
	const room = { ...pad, right: Math.max(pad.right, reach), left: Math.max(pad.left, reach / 2) };
	return shrinkToFit(room, width, height);
}

/** A map too small for its covers still gets a free area: padding shrinks to leave MIN_FREE pixels. */
const MIN_FREE = 40;
function shrinkToFit(pad: Padding, width: number, height: number): Padding {
	const scale = (a: number, b: number, size: number) => {
		const room = Math.max(size - MIN_FREE, 0);
		return a + b > room && a + b > 0 ? room / (a + b) : 1;
	};
	const sx = scale(pad.left, pad.right, width);
	const sy = scale(pad.top, pad.bottom, height);
	return { top: pad.top * sy, bottom: pad.bottom * sy, left: pad.left * sx, right: pad.right * sx };
}
