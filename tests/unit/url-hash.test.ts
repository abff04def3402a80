import { describe, expect, it } from 'vitest';
import {
	EMPTY_STATE,
	formatCamera,
	formatHash,
	parseCamera,
	parseHash,
	type NavState
} from '../../src/lib/url/hash';

describe('parseHash', () => {
	it('reads every parameter', () => {
		const { state, ignored } = parseHash(
			'#map=9.5/28.1/119.2&site=meishan-street&article=qingyuan-gep-vep&layers=areas,cameras'
		);
		expect(state).toEqual({
			...EMPTY_STATE,
			view: { zoom: 9.5, lat: 28.1, lng: 119.2 },
			site: 'meishan-street',
			article: 'qingyuan-gep-vep',
			layers: ['areas', 'cameras']
		});
		expect(ignored).toEqual([]);
	});

	it('treats a missing layers parameter as "defaults" and an empty one as "none"', () => {
		expect(parseHash('#site=a').state.layers).toBeNull();
		expect(parseHash('#layers=').state.layers).toEqual([]);
	});

	it('keeps the legend order whatever the URL order, and drops repeats', () => {
		expect(parseHash('#layers=cameras,areas,cameras').state.layers).toEqual(['areas', 'cameras']);
	});

	it('ignores garbage and says what it ignored', () => {
		const { state, ignored } = parseHash('#map=99/500/x&site=<script>&layers=areas,bogus&foo=1');
		expect(state.view).toBeNull();
		expect(state.site).toBeNull();
		expect(state.layers).toEqual(['areas']);
		expect(ignored).toHaveLength(4);
		expect(ignored.join('\n')).toMatch(/foo/);
		expect(ignored.join('\n')).toMatch(/map=99\/500\/x/);
		expect(ignored.join('\n')).toMatch(/bogus/);
		expect(ignored.join('\n')).toMatch(/site=<script>/);
	});

	it('reads language, basemap, filters, query, paragraph and tour', () => {
		const { state, ignored } = parseHash(
			'#article=anji-xiaoyuan-task-forces&p=4&text=both&lang=en&base=openfreemap&city=lishui,hangzhou&theme=enforcement&q=%E5%AE%89%E5%90%89&tour=1'
		);
		expect(state).toMatchObject({
			para: 4,
			text: 'both',
			lang: 'en',
			base: 'openfreemap',
			cities: ['hangzhou', 'lishui'],
			themes: ['enforcement'],
			q: '安吉',
			tour: true
		});
		expect(ignored).toEqual([]);
	});

	it.each([
		['#lang=fr', /lang=fr/],
		['#text=en', /text=en \(expected one of both\)/],
		['#base=google', /base=google/],
		['#city=shanghai', /city “shanghai”/],
		['#theme=x', /theme “x”/],
		['#p=3', /no article/],
		['#article=a&p=0', /p=0/],
		['#article=a&p=2.5', /p=2.5/],
		['#tour=yes', /tour=yes/],
		[`#q=${'x'.repeat(101)}`, /longer than 100/]
	])('drops %s and says why', (hash, message) => {
		const { state, ignored } = parseHash(hash);
		expect(ignored).toHaveLength(1);
		expect(ignored[0]).toMatch(message);
		expect({ ...state, article: null }).toEqual(EMPTY_STATE);
	});

	it('accepts MapLibre hashes that carry bearing and pitch', () => {
		expect(parseCamera('10/30.2/120.1/45/30')).toEqual({ zoom: 10, lat: 30.2, lng: 120.1 });
	});

	it.each(['', '1/2', '1/2/3/4/5/6', 'a/b/c', '-1/0/0', '5/91/0', '5/0/181', '5//0', 'Infinity/0/0'])(
		'rejects camera %j',
		(value) => expect(parseCamera(value)).toBeNull()
	);
});

describe('formatHash', () => {
	it('round-trips through parseHash', () => {
		const state: NavState = {
			view: { zoom: 7.25, lat: 29.123, lng: 120.568 }, // already at zoom 7.25's 3 decimals
			site: 'x',
			article: 'beilun-enforcement',
			para: 3,
			text: 'both',
			layers: ['transects', 'connections'],
			lang: 'en',
			base: 'osm',
			cities: ['ningbo', 'lishui'],
			themes: ['task-forces'],
			q: '安吉 & aj?',
			tour: true,
			embed: true
		};
		expect(parseHash(formatHash(state)).state).toEqual(state);
	});

	it('writes nothing for the empty state and keeps "/" and "," unescaped', () => {
		expect(formatHash(EMPTY_STATE)).toBe('');
		expect(
			formatHash({ ...EMPTY_STATE, view: { zoom: 8, lat: 30, lng: 120 }, layers: ['areas', 'cameras'] })
		).toBe('#map=8/30/120&layers=areas,cameras');
	});

	it('rounds like MapLibre: more decimals at higher zoom', () => {
		expect(formatCamera({ zoom: 5.123, lat: 29.123456789, lng: 120.987654321 })).toBe('5.12/29.12/120.99');
		expect(formatCamera({ zoom: 15, lat: 29.123456789, lng: 120.987654321 })).toBe('15/29.12346/120.98765');
	});
});
