/**
 * The basemap's town-level places and the font split: a slice of the Vonng/adcode gazetteer in
 * (tests/fixtures/places/adcode-mini.csv), the places out (REGEN=1 rewrites the expected file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFonts } from '../../geo/basemap/font-split';
import { buildPlaces, displayName, placeNameEn, placesJson } from '../../geo/basemap/places';
import { parseAdcodeCsv } from '../../geo/lib/adcode';

const fixtures = new URL('../fixtures/places/', import.meta.url);
const adcode = parseAdcodeCsv(readFileSync(new URL('adcode-mini.csv', fixtures), 'utf8'), 'adcode-mini.csv');
const article = '……方家山社区的居民们合力……皈山场村……';
const { file, skipped } = buildPlaces({ adcode, siteVillageCodes: ['330110013002'], articleText: article });

describe('buildPlaces', () => {
	it('matches the expected places (REGEN=1 to rewrite)', () => {
		const expectedUrl = new URL('places.expected.geojson', fixtures);
		if (process.env.REGEN) writeFileSync(expectedUrl, placesJson(file));
		if (!existsSync(expectedUrl))
			throw new Error(
				'tests/fixtures/places/places.expected.geojson is missing: run REGEN=1 npx vitest run tests/unit/basemap-places.test.ts'
			);
		expect(placesJson(file)).toBe(readFileSync(expectedUrl, 'utf8'));
	});

	it('keeps every town with a centre, converted from GCJ-02, and names the ones without', () => {
		const towns = file.features.filter((f) => f.properties.kind === 'town');
		// In code order: 余杭区 (330110) before 北仑区 (330206).
		expect(towns.map((f) => f.properties.name)).toEqual(['余杭街道', '小港街道', '梅山街道']);
		expect(skipped.towns).toEqual(['闲林街道']);
		const xiaogang = adcode.find((e) => e.name === '小港街道')!;
		expect(towns[1]!.geometry.coordinates).toEqual(xiaogang.wgs84!.map((v) => Math.round(v * 1e6) / 1e6));
		expect(towns[1]!.geometry.coordinates).not.toEqual(xiaogang.gcj02);
		expect(file).toMatchObject({
			source_crs: 'GCJ-02',
			source: expect.stringContaining('Vonng/adcode, CC BY 4.0')
		});
	});

	it('takes a village by a site’s code or by its full name in the text, never a bare word', () => {
		const villages = file.features
			.filter((f) => f.properties.kind === 'village')
			.map((f) => f.properties.name);
		// 通济社区 by code, 方家山社区 and 皈山场村 (committee 村委会) by name; 合力 is only a word there.
		expect(villages.sort()).toEqual(['皈山场村', '方家山社区', '通济社区'].sort());
	});

	it('gives each a pinyin name without its administrative ending', () => {
		expect(placeNameEn('小港街道')).toBe('Xiaogang');
		expect(placeNameEn('方家山社区')).toBe('Fangjiashan');
		expect(displayName('皈山场村委会')).toBe('皈山场村');
	});
});

describe('splitFonts', () => {
	const parts = splitFonts([
		{ id: 'first', text: 'AB杭州' },
		{ id: 'sites', text: '杭州余杭' },
		{ id: 'places', text: '小港街道余杭' }
	]);
	const route = (cp: number) =>
		parts.findIndex((p) =>
			p.ranges.some((r) => {
				const [a, b] = r.slice(2).split('-');
				return cp >= parseInt(a!, 16) && cp <= parseInt(b ?? a!, 16);
			})
		);

	it('gives each character to the first group that shows it', () => {
		expect(parts.map((p) => [...p.chars].sort().join(''))).toEqual([
			[...'AB州杭'].sort().join(''),
			'余',
			[...'小港街道'].sort().join('')
		]);
	});

	it('routes every character to the file that holds it, and no other to any file', () => {
		parts.forEach((p, i) => {
			for (const ch of p.chars) expect(route(ch.codePointAt(0)!)).toBe(i);
		});
		expect(parts[0]!.ranges).toContain('U+41-42');
		// Not shown by any label: no file is fetched for it.
		expect(route('Z'.codePointAt(0)!)).toBe(-1);
		expect(route(0x1f600)).toBe(-1);
	});
});
