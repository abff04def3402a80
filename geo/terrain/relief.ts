/**
 * The relief the hillshade is drawn from: the SRTM elevations of a window, faded to a flat plane
 * towards the edge of an ellipse, so the hillshade ends softly instead of along a tile's square edge.
 *
 * A hillshade shades slopes, so fading the elevation itself (e·w) would add a slope of its own where w
 * changes: a ring of false shading. Instead the fine relief (e − S, S a blur of e) and the broad relief
 * (S − mean) fade separately, each over its own ring: the first is small, the second changes slowly, so
 * what the fade adds is a few per cent of slope, which a hillshade hardly shows. Pure: grids in, grids out.
 */

export interface Grid {
	width: number;
	height: number;
	/** Row-major from the north-west corner; NaN where there is no value. */
	values: Float32Array;
}

/** 0 at a ≤ 0, 1 at a ≥ 1, smooth in between. */
export const smoothstep = (a: number) => (a <= 0 ? 0 : a >= 1 ? 1 : a * a * (3 - 2 * a));

/**
 * The fade at a point given its normalised elliptical radius r (0 at the centre, 1 on the ellipse):
 * 1 inside `full`, 0 from `end` outwards.
 */
export const ellipseWeight = (r: number, full: number, end = 1) => smoothstep((end - r) / (end - full));

/** Box blur along rows then columns, three times: close to a Gaussian, and linear in the radius. */
export function blur(grid: Grid, radius: number): Grid {
	const { width: w, height: h } = grid;
	const a = Float32Array.from(grid.values);
	const b = new Float32Array(a.length);
	const pass = (src: Float32Array, dst: Float32Array, horizontal: boolean) => {
		const [n, m] = horizontal ? [h, w] : [w, h];
		for (let i = 0; i < n; i++) {
			const at = (j: number) => (horizontal ? i * w + j : j * w + i);
			let sum = 0;
			let count = 0;
			for (let j = -radius; j <= radius; j++)
				if (j >= 0 && j < m) {
					sum += src[at(j)]!;
					count++;
				}
			for (let j = 0; j < m; j++) {
				dst[at(j)] = sum / count;
				const out = j - radius;
				const inn = j + radius + 1;
				if (out >= 0) {
					sum -= src[at(out)]!;
					count--;
				}
				if (inn < m) {
					sum += src[at(inn)]!;
					count++;
				}
			}
		}
	};
	for (let k = 0; k < 3; k++) {
		pass(a, b, true);
		pass(b, a, false);
	}
	return { width: w, height: h, values: a };
}

/** Voids (NaN) filled with the mean of the valid values: SRTM3 over these hills has few, all small. */
export function fillVoids(grid: Grid): Grid {
	let sum = 0;
	let n = 0;
	for (const v of grid.values)
		if (!Number.isNaN(v)) {
			sum += v;
			n++;
		}
	const mean = n ? sum / n : 0;
	return { ...grid, values: grid.values.map((v) => (Number.isNaN(v) ? mean : v)) };
}

export interface FadeOptions {
	/** Blur radius in samples separating fine from broad relief. */
	blurRadius: number;
	/** The weight of each sample for the fine and the broad relief (same size as the grid). */
	fineWeight: (col: number, row: number) => number;
	broadWeight: (col: number, row: number) => number;
}

/** mean + wb·(S − mean) + wf·(e − S): the window's relief, flat (at its mean) where both weights are 0. */
export function fadeRelief(grid: Grid, { blurRadius, fineWeight, broadWeight }: FadeOptions): Grid {
	const filled = fillVoids(grid);
	const smooth = blur(filled, blurRadius);
	let mean = 0;
	for (const v of filled.values) mean += v;
	mean /= filled.values.length;
	const values = new Float32Array(filled.values.length);
	for (let row = 0; row < grid.height; row++)
		for (let col = 0; col < grid.width; col++) {
			const i = row * grid.width + col;
			const s = smooth.values[i]!;
			values[i] = mean + broadWeight(col, row) * (s - mean) + fineWeight(col, row) * (filled.values[i]! - s);
		}
	return { width: grid.width, height: grid.height, values };
}
