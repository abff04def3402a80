import { describe, expect, it } from 'vitest';
import { syntheticSites, ZHEJIANG_BBOX } from '../../geo/synthetic/sites';
import { validateSites } from '../../src/lib/data/validate';

describe('syntheticSites', () => {
	it('is deterministic for a given n and seed', () => {
		expect(JSON.stringify(syntheticSites(50, 7))).toBe(JSON.stringify(syntheticSites(50, 7)));
	});

	it('differs between seeds', () => {
		expect(JSON.stringify(syntheticSites(50, 7))).not.toBe(JSON.stringify(syntheticSites(50, 8)));
	});

	it('passes the app validator with unique ids', () => {
		const file = syntheticSites(200);
		const result = validateSites(JSON.parse(JSON.stringify(file)), 'synthetic.geojson');
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(file.features).toHaveLength(200);
	});

	it('places every point inside the Zhejiang bounding box', () => {
		const { west, south, east, north } = ZHEJIANG_BBOX;
		for (const f of syntheticSites(500).features) {
			const [lng, lat] = f.geometry.coordinates as [number, number];
			expect(lng).toBeGreaterThanOrEqual(west);
			expect(lng).toBeLessThanOrEqual(east);
			expect(lat).toBeGreaterThanOrEqual(south);
			expect(lat).toBeLessThanOrEqual(north);
		}
	});
});
