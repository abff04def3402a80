import { describe, expect, it } from 'vitest';
import { formatCamera, formatHash, parseCamera, parseHash, type NavState } from '../../src/lib/url/hash';

describe('parseHash', () => {
	it('reads every parameter', () => {
		const { state, ignored } = parseHash(
			'#map=9.5/28.1/119.2&site=meishan-street&article=qingyuan-gep-vep&layers=areas,cameras'
		);
		expect(state).toEqual({
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
			layers: ['transects']
		};
		expect(parseHash(formatHash(state)).state).toEqual(state);
	});

	it('writes nothing for the empty state and keeps "/" and "," unescaped', () => {
		expect(formatHash({ view: null, site: null, article: null, layers: null })).toBe('');
		expect(
			formatHash({
				view: { zoom: 8, lat: 30, lng: 120 },
				site: null,
				article: null,
				layers: ['areas', 'cameras']
			})
		).toBe('#map=8/30/120&layers=areas,cameras');
	});

	it('rounds like MapLibre: more decimals at higher zoom', () => {
		expect(formatCamera({ zoom: 5.123, lat: 29.123456789, lng: 120.987654321 })).toBe('5.12/29.12/120.99');
		expect(formatCamera({ zoom: 15, lat: 29.123456789, lng: 120.987654321 })).toBe('15/29.12346/120.98765');
	});
});
