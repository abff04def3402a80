import { describe, expect, it } from 'vitest';
import type { SiteFeature } from '../../src/lib/data/types';
import {
	FAN_ZOOM,
	fanOffsets,
	groupByPoint,
	labelFeatures,
	mainSites,
	offsetLngLat,
	RANK
} from '../../src/lib/map/site-labels';

function site(id: string, at: [number, number], extra: Partial<SiteFeature['properties']> = {}): SiteFeature {
	return {
		type: 'Feature',
		properties: {
			id,
			name_zh: `名${id}`,
			name_en: `Name ${id}`,
			article: 'yuhang-ai-tongxinhui',
			city: '杭州市',
			county: '余杭区',
			precision_m: 1000,
			source: 'test',
			source_crs: 'WGS84',
			role: 'site',
			...extra
		},
		geometry: { type: 'Point', coordinates: at }
	};
}

const A: [number, number] = [119.9325, 30.27528];
const B: [number, number] = [120.5, 29.5];

describe('mainSites', () => {
	it('picks the case site named in most paragraphs, never a partner', () => {
		const sites = [
			site('a', A, { paragraphs: [1] }),
			site('b', A, { paragraphs: [1, 2, 3] }),
			site('p', B, { paragraphs: [1, 2, 3, 4], role: 'partner' })
		];
		expect([...mainSites(sites)]).toEqual(['b']);
	});
});

describe('groupByPoint', () => {
	it('groups identical points and puts the main site first', () => {
		const sites = [
			site('x', A),
			site('m', A, { paragraphs: [1, 2] }),
			site('alone', B, { article: 'qingyuan-gep-vep' })
		];
		const groups = groupByPoint(sites);
		expect(groups.map((g) => g.map((f) => f.properties.id))).toEqual([['m', 'x'], ['alone']]);
	});
});

describe('fanOffsets', () => {
	it('places n sites on a ring, far enough apart to click', () => {
		for (const n of [2, 3, 14, 40]) {
			const offsets = fanOffsets(n, 34);
			expect(offsets).toHaveLength(n);
			for (let i = 0; i < n; i++)
				for (let j = i + 1; j < n; j++) {
					const d = Math.hypot(offsets[i]![0] - offsets[j]![0], offsets[i]![1] - offsets[j]![1]);
					expect(d).toBeGreaterThan(30);
				}
		}
		expect(fanOffsets(1)).toEqual([[0, 0]]);
	});
});

describe('offsetLngLat', () => {
	it('moves a point by the given pixels at the given zoom', () => {
		const to = offsetLngLat(A, [512, 0], 0);
		expect(to[0]).toBeCloseTo(A[0] + 360, 9);
		const down = offsetLngLat(A, [0, 100], FAN_ZOOM);
		expect(down[1]).toBeLessThan(A[1]);
		const back = offsetLngLat(down, [0, -100], FAN_ZOOM);
		expect(back[1]).toBeCloseTo(A[1], 9);
	});
});

describe('labelFeatures', () => {
	it('gives a shared point one label with the count, and a fan dot and a leader per site', () => {
		const sites = [site('m', A, { paragraphs: [1, 2] }), site('x', A), site('y', A), site('alone', B)];
		const fc = labelFeatures(sites);
		const points = fc.features.filter((f) => f.properties.kind === 'point');
		expect(points.map((f) => [f.properties.id, f.properties.others])).toEqual([
			['m', 2],
			['alone', 0]
		]);
		const fans = fc.features.filter((f) => f.properties.kind === 'fan');
		expect(fans.map((f) => f.properties.id).sort()).toEqual(['m', 'x', 'y']);
		const leaders = fc.features.filter((f) => f.properties.kind === 'leader');
		expect(leaders).toHaveLength(3);
		for (const l of leaders) expect((l.geometry.coordinates as number[][])[0]).toEqual(A);
		expect(points[0]!.properties.rank).toBe(RANK.main);
	});
});
