/**
 * The place resolver on a tiny hand-made gazetteer (tests/fixtures/sites/): square "counties" whose
 * areas, centres and unit radii can be worked out by hand. REGEN=1 rewrites expected.geojson.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GeonameRecord } from '../../geo/sites/gazetteer';
import { resolvePlaces } from '../../geo/sites/resolve';
import type { PlaceSpec } from '../../geo/sites/spec';
import type { CountyCollection } from '../../geo/lib/counties';
import type { LngLat } from '../../geo/lib/datum';
import { golden, tabJson } from './golden';

const dir = new URL('../fixtures/sites/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

interface GazetteerJson {
	geonames: GeonameRecord[];
	countySeats: Record<string, LngLat>;
	counties: CountyCollection;
	divisions: Record<string, string>;
	unitCounts: Record<string, number>;
	versions: Gazetteer['versions'];
}

function gazetteer(): Gazetteer {
	const g = readJson<GazetteerJson>('gazetteer.json');
	return {
		geonames: new Map(g.geonames.map((r) => [r.geonameid, r])),
		countySeats: new Map(Object.entries(g.countySeats)),
		counties: g.counties,
		divisions: new Map(Object.entries(g.divisions)),
		unitCounts: new Map(Object.entries(g.unitCounts)),
		versions: g.versions,
		// Hand-made: an Amap centre 1 km east of GeoNames' 甲 (#1), and two summits.
		adcode: new Map([['330110013000', { name: '余杭街道', wgs84: [120.04037, 30.04] as LngLat }]]),
		terrain: {
			shuangmiaojian: {
				points: [
					[119.1, 27.6],
					[119.12, 27.58]
				],
				what: 'two fixture summits'
			},
			'baihuayan-spine': {
				points: [
					[119.1, 27.6],
					[119.1, 27.5]
				],
				what: 'fixture spine ends'
			}
		},
		// A stand-in shift, not GCJ-02: the real converter (gcoord) lives in geo/node_modules, which CI lacks;
		// sites-data.test.ts checks the real conversion against an independent GeoNames seat.
		gcjToWgs84: ([x, y]) => [x - 0.005, y + 0.002]
	};
}

const places = () => readJson<PlaceSpec[]>('places.json');
const byId = (id: string) => {
	const f = resolvePlaces(places(), gazetteer()).find((x) => x.properties.id === id);
	if (!f) throw new Error(`no ${id}`);
	return f;
};

describe('resolvePlaces', () => {
	it('matches the expected features (REGEN=1 to rewrite)', async () => {
		// .geojson so Prettier leaves the regenerated file alone (see .prettierignore).
		const out = { type: 'FeatureCollection', features: resolvePlaces(places(), gazetteer()) };
		expect(out).toEqual(JSON.parse(await golden(new URL('expected.geojson', dir), () => tabJson(out))));
	});

	it('orders by article, keeping spec order within one', () => {
		const ids = resolvePlaces(places(), gazetteer()).map((f) => f.properties.id);
		expect(ids).toEqual([
			'far-partner',
			'jia-street',
			'jia-village',
			'linping-in-old-yuhang',
			'between-jia-and-yi',
			'qingyuan-seat',
			'qingyuan-somewhere'
		]);
	});

	it('sizes precision from county area and township count, rounded up to 500 m', () => {
		// 0.1° square at 30°N ≈ 107 km², 4 units → r ≈ 2.9 km; 0.2° square at 27.6°N ≈ 438 km², 2 units → r ≈ 8.4 km.
		expect(byId('jia-street').properties.precision_m).toBe(3000);
		expect(byId('linping-in-old-yuhang').properties.precision_m).toBe(4000);
		expect(byId('qingyuan-seat').properties.precision_m).toBe(8500);
		expect(byId('qingyuan-somewhere').properties.precision_m).toBe(12000);
		expect(byId('far-partner').properties.precision_m).toBe(30000);
	});

	it('converts county seats (GCJ-02) and only them; WGS84 sources stay as they are', () => {
		const seat = byId('qingyuan-seat');
		expect(seat.geometry.coordinates).toEqual([119.095, 27.602]);
		expect(seat.properties).toMatchObject({ source_crs: 'GCJ-02', conversion: 'gcoord GCJ-02→WGS84' });
		expect(byId('jia-street').geometry.coordinates).toEqual([120.03, 30.04]);
		expect(byId('jia-street').properties).toMatchObject({ source_crs: 'WGS84', conversion: 'none' });
		expect(byId('qingyuan-somewhere').geometry.coordinates).toEqual([119.1, 27.6]);
	});

	it('inherits point and precision through same-as, and carries its own admin codes', () => {
		const v = byId('jia-village');
		expect(v.geometry.coordinates).toEqual([120.03, 30.04]);
		expect(v.properties.precision_m).toBe(3000);
		expect(v.properties.source.startsWith('as for jia-street: GeoNames')).toBe(true);
		expect(v.properties.admin).toEqual({
			province: '330000',
			city: '330100',
			county: '330110',
			street: '330110013',
			village: '330110013218'
		});
	});

	it('places a geonames-mean at the mean of its seats, naming each', () => {
		const f = byId('between-jia-and-yi');
		expect(f.geometry.coordinates).toEqual([120.055, 30.065]); // (120.03+120.08)/2, (30.04+30.09)/2
		expect(f.properties.source).toMatch(/#1 甲, #2 乙 \(test: spans both\)/);
		expect(f.properties).toMatchObject({ source_crs: 'WGS84', precision_m: 5000 });
	});

	it('checks a post-2021 county against the pre-2021 polygon that holds it', () => {
		expect(byId('linping-in-old-yuhang').properties).toMatchObject({ city: '杭州市', county: '临平区' });
	});

	it('names a municipality as the city, flags outside Zhejiang and keeps partner_of', () => {
		expect(byId('far-partner').properties).toMatchObject({
			city: '重庆市',
			outside_zhejiang: true,
			role: 'partner',
			partner_of: 'jia-street'
		});
	});

	it('places by Amap centre and prints the distance to its GeoNames cross-check', () => {
		const p = places();
		Object.assign(p[1]!, {
			locate: { by: 'adcode', code: '330110013000', expect: '余杭街道' },
			crosscheck: { check: { by: 'geonames', geonameid: 1, expect: '甲' } }
		});
		const f = resolvePlaces(p, gazetteer()).find((x) => x.properties.id === 'jia-street')!;
		expect(f.geometry.coordinates).toEqual([120.04037, 30.04]);
		expect(f.properties.source_crs).toBe('GCJ-02');
		expect(f.properties.crosscheck).toMatchObject({ coordinates: [120.03, 30.04], source_crs: 'WGS84' });
		expect(f.properties.crosscheck!.distance_m).toBeGreaterThan(950);
		expect(f.properties.crosscheck!.distance_m).toBeLessThan(1050);
	});

	it('accepts a cross-check beyond precision only with a reason, and carries the reason', () => {
		const p = places();
		Object.assign(p[1]!, {
			locate: { by: 'adcode', code: '330110013000', expect: '余杭街道' },
			precision: { rule: 'fixed', metres: 500, why: 'test' },
			crosscheck: { check: { by: 'geonames', geonameid: 1, expect: '甲' }, disagree: 'test reason' }
		});
		const f = resolvePlaces(p, gazetteer()).find((x) => x.properties.id === 'jia-street')!;
		expect(f.properties.crosscheck!.disagree).toBe('test reason');
	});

	it('places a terrain reading at the mean of its points', () => {
		const p = places();
		Object.assign(
			p.find((x) => x.id === 'qingyuan-somewhere')!,
			{
				locate: { by: 'terrain', feature: 'shuangmiaojian' },
				precision: { rule: 'fixed', metres: 2000, why: 'test' }
			}
		);
		const f = resolvePlaces(p, gazetteer()).find((x) => x.properties.id === 'qingyuan-somewhere')!;
		expect(f.geometry.coordinates).toEqual([119.11, 27.59]);
		expect(f.properties.source).toContain('two fixture summits');
	});

	const broken: [string, (p: PlaceSpec[]) => void, RegExp][] = [
		[
			'a second source further away than the precision, without a reason',
			(p) =>
				Object.assign(p[1]!, {
					locate: { by: 'adcode', code: '330110013000', expect: '余杭街道' },
					precision: { rule: 'fixed', metres: 500, why: 'test' },
					crosscheck: { check: { by: 'geonames', geonameid: 1, expect: '甲' } }
				}),
			/jia-street: the second source .* lies \d+ m away, beyond precision 500 m/
		],
		[
			'an adcode code under another name',
			(p) => Object.assign(p[1]!, { locate: { by: 'adcode', code: '330110013000', expect: '闲林街道' } }),
			/adcode 330110013000 is 余杭街道, not 闲林街道/
		],
		[
			'a GeoNames id whose names lack the expected one',
			(p) => Object.assign(p[1]!.locate, { expect: '丁' }),
			/has no name 丁/
		],
		[
			'a division code whose name differs',
			(p) => Object.assign(p[1]!, { division_name: '闲林街道' }),
			/not 闲林街道/
		],
		[
			'a point outside its county',
			(p) => Object.assign(p[1]!.locate, { geonameid: 4, expect: '丙' }),
			/outside its county/
		],
		[
			'an outside-Zhejiang flag on a point in Zhejiang',
			(p) =>
				Object.assign(p[1]!, { outside_zhejiang: true, precision: { rule: 'fixed', metres: 1, why: 'x' } }),
			/flagged outside Zhejiang/
		],
		[
			'a same-as cycle',
			(p) => Object.assign(p[1]!, { locate: { by: 'same-as', id: 'jia-village' } }),
			/cycle/
		],
		[
			'a geonames-mean seat whose names lack the expected one',
			(p) =>
				Object.assign(p.find((x) => x.id === 'between-jia-and-yi')!.locate, {
					seats: [{ geonameid: 2, expect: '甲' }]
				}),
			/#2 \(Yi\) has no name 甲/
		],
		['a missing precision rule', (p) => delete p[4]!.precision, /needs a precision rule/],
		['a partner without partner_of', (p) => delete p[0]!.partner_of, /partner far-partner needs partner_of/],
		[
			'a partner drawn from a place of another article',
			(p) => Object.assign(p[0]!, { partner_of: 'qingyuan-seat' }),
			/partner_of qingyuan-seat is not a case site of beilun-enforcement/
		],
		[
			'partner_of on a place that is not a partner',
			(p) => Object.assign(p[1]!, { partner_of: 'far-partner' }),
			/jia-street has partner_of but is not a partner/
		]
	];
	it.each(broken)('refuses %s', (_, spoil, message) => {
		const p = places();
		spoil(p);
		expect(() => resolvePlaces(p, gazetteer())).toThrow(message);
	});
});
