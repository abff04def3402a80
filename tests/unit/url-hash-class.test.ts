import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlHash } from '../../src/lib/url/url-hash.svelte';

/** A window's location and history, enough for UrlHash: entries, an index, pushState and replaceState. */
function browser(start: string) {
	const base = 'https://atlas.test/app/';
	const entries = [start];
	let index = 0;
	const location = {
		pathname: '/app/',
		search: '',
		get hash() {
			return entries[index]!;
		},
		get href() {
			return `${base}${entries[index]}`;
		}
	};
	const write = (url: string) => url.slice(url.indexOf('#') < 0 ? url.length : url.indexOf('#'));
	const history = {
		state: null,
		pushState: vi.fn((_: unknown, __: string, url: string) => {
			entries.splice(++index, entries.length, write(url));
		}),
		replaceState: vi.fn((_: unknown, __: string, url: string) => {
			entries[index] = write(url);
		}),
		back() {
			index--;
		}
	};
	vi.stubGlobal('location', location);
	vi.stubGlobal('history', history);
	return { entries, history, location };
}

describe('UrlHash', () => {
	beforeEach(() => vi.unstubAllGlobals());
	afterEach(() => vi.unstubAllGlobals());

	it('pushes navigation (a site, an article) and replaces the rest (camera, layers, query)', () => {
		const { entries, history } = browser('#map=8/29/120');
		const hash = new UrlHash();
		hash.navigate({ site: 'anji' });
		hash.replace({ layers: ['areas'] });
		hash.setView({ zoom: 9, lat: 29.5, lng: 119.5 });
		expect(history.pushState).toHaveBeenCalledTimes(1);
		expect(history.replaceState).toHaveBeenCalledTimes(2);
		expect(entries).toEqual(['#map=8/29/120', '#map=9/29.5/119.5&site=anji&layers=areas']);
	});

	it('starts an article opened without a paragraph at the top, and keeps the paragraph of the same one', () => {
		browser('#article=beilun-law-enforcement&p=4');
		const hash = new UrlHash();
		hash.navigate({ article: 'beilun-law-enforcement', site: 'x' });
		expect(hash.state.para).toBe(4);
		hash.navigate({ article: 'anji-task-forces' });
		expect(hash.state.para).toBeNull();
		hash.navigate({ article: 'qingyuan-gep-vep', para: 2 });
		expect(hash.state.para).toBe(2);
	});

	it('writes absolute hrefs that carry the current state and camera without moving anything', () => {
		const { history } = browser('#map=8/29/120&lang=en');
		const hash = new UrlHash();
		expect(hash.href({ site: 'anji' })).toBe('https://atlas.test/app/#map=8/29/120&site=anji&lang=en');
		expect(hash.href({ lang: null })).toBe('https://atlas.test/app/#map=8/29/120');
		expect(hash.state.site).toBeNull();
		expect(history.pushState).not.toHaveBeenCalled();
	});

	it('gives an empty state a bare "#" href, never a relative one', () => {
		browser('');
		expect(new UrlHash().href({})).toBe('https://atlas.test/app/#');
	});

	it('leaves the navigation state as it was when only the camera moves', () => {
		browser('#site=anji&map=8/29/120');
		const hash = new UrlHash();
		const before = hash.state;
		hash.setView({ zoom: 10, lat: 30, lng: 121 });
		expect(hash.state).toBe(before);
		expect(hash.camera).toEqual({ zoom: 10, lat: 30, lng: 121 });
		hash.navigate({ site: null });
		expect(hash.state).not.toBe(before);
		expect(hash.camera).toEqual({ zoom: 10, lat: 30, lng: 121 });
	});

	it('reads Back from the URL and counts it as restored', () => {
		const { history } = browser('#map=8/29/120');
		const hash = new UrlHash();
		const restored = hash.restored;
		hash.navigate({ site: 'anji' });
		hash.setView({ zoom: 11, lat: 30, lng: 121 });
		history.back();
		hash.sync();
		expect(hash.state.site).toBeNull();
		expect(hash.camera).toEqual({ zoom: 8, lat: 29, lng: 120 });
		expect(hash.restored).toBe(restored + 1);
	});
});
