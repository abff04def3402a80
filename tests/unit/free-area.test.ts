import { describe, expect, it } from 'vitest';
import { freePadding, withLabelRoom, type Rect } from '../../src/lib/layout/free-area';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
	left,
	top,
	right,
	bottom
});
const map = rect(0, 0, 1000, 800);

describe('freePadding', () => {
	it('is the margin alone when nothing covers the map', () => {
		expect(freePadding(map, [], 10)).toEqual({ top: 10, bottom: 10, left: 10, right: 10 });
	});

	it('ignores covers outside the map (a side pane beside it)', () => {
		expect(freePadding(map, [rect(1000, 0, 1400, 800)])).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
	});

	it('clears a tall control on the left by the left edge, not the top', () => {
		// Zoom buttons: 40 px wide, 100 px tall at the top left: moving the left edge loses less.
		const pad = freePadding(map, [rect(10, 10, 50, 110)]);
		expect(pad).toEqual({ top: 0, bottom: 0, left: 50, right: 0 });
	});

	it('clears a wide legend at the bottom by the bottom edge', () => {
		const pad = freePadding(map, [rect(400, 700, 990, 790)]);
		expect(pad).toEqual({ top: 0, bottom: 100, left: 0, right: 0 });
	});

	it('chooses the sides that leave the largest rectangle for several covers together', () => {
		// A phone: a sheet over the bottom, credits above it at the right, zoom buttons at the left.
		const phone = rect(0, 0, 390, 844);
		const covers = [rect(0, 790, 390, 844), rect(360, 740, 385, 765), rect(10, 600, 40, 700)];
		const pad = freePadding(phone, covers);
		const free = (390 - pad.left - pad.right) * (844 - pad.top - pad.bottom);
		// Every cover is clear of the free rectangle.
		for (const c of covers) {
			const clear =
				c.right <= pad.left || c.left >= 390 - pad.right || c.bottom <= pad.top || c.top >= 844 - pad.bottom;
			expect(clear).toBe(true);
		}
		// The best of the 27 ways: zoom buttons by the left edge, credits and sheet by the bottom one
		// (credits by the right edge would leave 320 × 790 = 252 800 px²).
		expect(free).toBe(350 * 740);
		expect(pad).toEqual({ top: 0, bottom: 104, left: 40, right: 0 });
	});

	it('shrinks padding that would leave no map at all', () => {
		const small = rect(0, 0, 200, 200);
		const pad = freePadding(small, [rect(0, 0, 200, 190)], 10);
		expect(200 - pad.top - pad.bottom).toBeGreaterThanOrEqual(40 - 1e-9);
		expect(pad.top).toBeGreaterThan(pad.bottom);
	});
});

describe('withLabelRoom', () => {
	const pad = { top: 10, bottom: 60, left: 18, right: 18 };
	it('keeps a label’s reach free at the right and half of it at the left, where covers left less', () => {
		expect(withLabelRoom(pad, 100, 390, 844)).toEqual({ top: 10, bottom: 60, left: 50, right: 100 });
	});
	it('keeps a cover’s wider padding as it is', () => {
		expect(withLabelRoom({ ...pad, right: 250, left: 80 }, 100, 1000, 800)).toMatchObject({
			left: 80,
			right: 250
		});
	});
	it('shrinks on a map too narrow for the room', () => {
		const small = withLabelRoom(pad, 100, 120, 800);
		expect(small.left + small.right).toBeCloseTo(80);
	});
});
