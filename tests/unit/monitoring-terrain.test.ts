/**
 * The terrain reading the monitoring spec and the sites cite: rerun from the committed SRTM tile,
 * the adcode gazetteer and the basemap outline, it must give the committed terrain.json; and the
 * numbers the spec quotes must be that file's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseFromSources, serialiseTerrain, TERRAIN_PATH } from '../../geo/monitoring/analyse-terrain';
import { QINGYUAN_SPEC } from '../../geo/monitoring/spec';

const committed = readFileSync(TERRAIN_PATH, 'utf8');
const t = analyseFromSources();

describe('terrain.json', () => {
	it('is what analyse-terrain.ts reads off the sources now (npx tsx geo/monitoring/analyse-terrain.ts rewrites it)', () => {
		expect(serialiseTerrain(t)).toBe(committed);
	});

	it('finds a summit pair of 1500–1600 m under 3 km apart, and a 百花岩 crest of about 14 km', () => {
		const [a, b] = t.shuangmiaojian.peaks;
		for (const p of [a, b]) expect(p.elevation_m >= 1500 && p.elevation_m <= 1600).toBe(true);
		expect(t.shuangmiaojian.separation_m).toBeLessThan(3000);
		expect(t.baihuayan.crest.length_km).toBeGreaterThan(12);
		expect(t.baihuayan.crest.length_km).toBeLessThan(16);
		expect(t.xianshan.summit.elevation_m).toBeLessThanOrEqual(1510);
		expect(t.xianshan.summit.lngLat[1]).toBeGreaterThan(t.gorge.lngLat[1]);
	});

	it('is quoted faithfully by the monitoring spec', () => {
		expect(QINGYUAN_SPEC.gorge.basis).toContain(`(${t.gorge.elevation_m} m)`);
		expect(QINGYUAN_SPEC.north.basis).toContain(`(${t.xianshan.summit.elevation_m} m)`);
		expect(QINGYUAN_SPEC.south.basis).toContain(`${t.baihuayan.crest.length_km} km`);
		expect(QINGYUAN_SPEC.south.basis).toContain(`${t.shuangmiaojian.peaks[0].elevation_m} m`);
	});
});
