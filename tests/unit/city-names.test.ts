import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_NAMES_EN } from '../../src/lib/data/city-names';
import type { SitesFile } from '../../src/lib/data/types';

const sites = JSON.parse(
	readFileSync(new URL('../../static/data/sites.geojson', import.meta.url), 'utf8')
) as SitesFile;

describe('CITY_NAMES_EN', () => {
	it('names in English every city the shipped sites name, so the English legend has no Chinese left', () => {
		const missing = [...new Set(sites.features.map((f) => f.properties.city))].filter(
			(city) => !CITY_NAMES_EN[city]
		);
		expect(missing).toEqual([]);
	});
});
