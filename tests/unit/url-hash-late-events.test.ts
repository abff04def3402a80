/**
 * UrlHash against a browser's history: Back, Forward and links change `location` at once and fire
 * hashchange later. What runs in between (a camera move ending, a reader's click) must not write the
 * entry left behind over the one the reader went to. A small fake of `location` and `history` keeps
 * that gap open as long as a test needs, which a real browser does only on a busy machine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlHash } from '../../src/lib/url/url-hash.svelte';

class FakeHistory {
	entries: string[];
	index = 0;
	constructor(first: string) {
		this.entries = [first];
	}
	state = null;
	get hash() {
		return this.entries[this.index]!;
	}
	pushState(_state: unknown, _title: string, url: string) {
		this.entries = [...this.entries.slice(0, this.index + 1), hashOf(url)];
		this.index++;
	}
	replaceState(_state: unknown, _title: string, url: string) {
		this.entries[this.index] = hashOf(url);
	}
	/** Back moves `location` now; the hashchange is the caller's to fire (hash.sync()) later. */
	back() {
		this.index--;
	}
	forward() {
		this.index++;
	}
	/** A link: a new entry, its hashchange also still to come. */
	follow(hash: string) {
		this.pushState(null, '', hash);
	}
}

function hashOf(url: string): string {
	const at = url.indexOf('#');
	return at < 0 ? '' : url.slice(at);
}

let browser: FakeHistory;

beforeEach(() => {
	browser = new FakeHistory('#map=7/29/120');
	vi.stubGlobal('history', browser);
	vi.stubGlobal('location', {
		pathname: '/',
		search: '',
		get hash() {
			return browser.hash;
		},
		get href() {
			return `http://localhost/${browser.hash}`;
		}
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('UrlHash and late events', () => {
	it('a camera move that ends after Back does not reopen the site Back closed', () => {
		const hash = new UrlHash();
		hash.navigate({ site: 'a' });
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=a']);
		browser.back(); // hashchange not fired yet
		hash.setView({ zoom: 8, lat: 30, lng: 121 }); // the popup's pan ends
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=a']);
		expect(hash.state.site).toBeNull();
		expect(hash.camera).toEqual({ zoom: 7, lat: 29, lng: 120 }); // the URL's camera wins
		hash.sync(); // the hashchange at last
		expect(hash.state.site).toBeNull();
	});

	it('every move that ends before the hashchange is late, not only the first', () => {
		const hash = new UrlHash();
		hash.navigate({ site: 'a' });
		browser.back();
		hash.setView({ zoom: 7.2, lat: 29, lng: 120 }); // the popup's pan, cut short by the next move
		hash.setView({ zoom: 8, lat: 30, lng: 121 }); // the move that cut it short
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=a']);
		expect(hash.camera).toEqual({ zoom: 7, lat: 29, lng: 120 });
		hash.sync(); // the hashchange: from here on a move is the reader's again
		hash.setView({ zoom: 8, lat: 30, lng: 121 });
		expect(browser.entries).toEqual(['#map=8/30/121', '#map=7/29/120&site=a']);
	});

	it('counts the catch-up as state from outside, so the camera follows the URL', () => {
		const hash = new UrlHash();
		hash.navigate({ site: 'a' });
		const before = hash.restored;
		browser.back();
		hash.setView({ zoom: 8, lat: 30, lng: 121 });
		expect(hash.restored).toBeGreaterThan(before);
	});

	it('a move that ends after a link was followed keeps the link’s entry as the link made it', () => {
		const hash = new UrlHash();
		browser.follow('#map=7/29/120&site=b');
		hash.setView({ zoom: 7.5, lat: 29, lng: 120 });
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=b']);
		expect(hash.state.site).toBe('b');
	});

	it('a choice made after Back builds on the entry Back went to', () => {
		const hash = new UrlHash();
		hash.navigate({ article: 'x' });
		hash.replace({ layers: ['areas'] });
		browser.back();
		hash.navigate({ site: 'c' }); // a list entry clicked before the hashchange ran
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=c']);
		expect(hash.state.article).toBeNull();
	});

	it('a query typed before Forward and written after it stays off the entry Forward went to', () => {
		const hash = new UrlHash();
		hash.navigate({ site: 'a' });
		browser.back();
		hash.sync();
		browser.forward();
		hash.replace({ q: 'anji' }); // the search box's debounce ends
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=a']);
		expect(hash.state).toMatchObject({ site: 'a', q: null });
	});

	it('opening what is already open adds no entry for Back to undo', () => {
		const hash = new UrlHash();
		hash.navigate({ site: 'a' });
		hash.navigate({ site: 'a' }); // a second click on the same site
		expect(browser.entries).toEqual(['#map=7/29/120', '#map=7/29/120&site=a']);
		expect(browser.index).toBe(1);
	});

	it('with nothing from outside, moves replace and choices push as before', () => {
		const hash = new UrlHash();
		hash.setView({ zoom: 8, lat: 30, lng: 121 });
		hash.navigate({ site: 'a' });
		hash.setView({ zoom: 9, lat: 30, lng: 121 });
		expect(browser.entries).toEqual(['#map=8/30/121', '#map=9/30/121&site=a']);
	});
});
