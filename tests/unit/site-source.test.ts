import { describe, expect, it } from 'vitest';
import { syntheticSites } from '../../geo/synthetic/sites';
import { CLUSTER_ABOVE, siteSourceOptions } from '../../src/lib/map/site-source';
import { validateSites } from '../../src/lib/data/validate';

describe('siteSourceOptions', () => {
	it('draws the shipped few dozen sites as they are, each addressable by id', () => {
		expect(siteSourceOptions(41)).toEqual({ promoteId: 'id' });
	});

	it('clusters in the worker past the threshold, as for the bench’s 100 000 synthetic sites', () => {
		const many = syntheticSites(CLUSTER_ABOVE + 1);
		expect(validateSites(many, 'synthetic').ok).toBe(true);
		expect(siteSourceOptions(many.features.length)).toMatchObject({ cluster: true, promoteId: 'id' });
		expect(siteSourceOptions(CLUSTER_ABOVE)).not.toHaveProperty('cluster');
	});
});
