import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchBasemap } from '../../src/lib/basemap/watch';

/** A map that only dispatches events: `emit('error', …)` and `emit('sourcedata', …)`. */
function eventMap() {
	const handlers = new Map<string, Set<(event: unknown) => void>>();
	return {
		on(type: string, fn: (event: unknown) => void) {
			if (!handlers.has(type)) handlers.set(type, new Set());
			handlers.get(type)!.add(fn);
		},
		off(type: string, fn: (event: unknown) => void) {
			handlers.get(type)?.delete(fn);
		},
		emit(type: string, event: unknown) {
			for (const fn of [...(handlers.get(type) ?? [])]) fn(event);
		},
		listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0)
	};
}

function watch(timeout = 7000) {
	const map = eventMap();
	const onfail = vi.fn();
	const stop = watchBasemap(map as unknown as MapLibreMap, ['ofm'], timeout, onfail);
	return { map, onfail, stop };
}
const tile = (sourceId: string) => ({ sourceId, tile: {} });
const error = (sourceId: string | undefined, message = 'HTTP 500') => ({ sourceId, error: { message } });

describe('watchBasemap', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('gives up at the deadline when no tile of the basemap has come', () => {
		const { map, onfail } = watch();
		map.emit('sourcedata', tile('sites')); // the app's own source proves nothing
		vi.advanceTimersByTime(6999);
		expect(onfail).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onfail).toHaveBeenCalledExactlyOnceWith('timeout');
		expect(map.listeners()).toBe(0);
	});

	it('keeps a basemap that delivered a tile in time, past the deadline', () => {
		const { map, onfail } = watch();
		map.emit('sourcedata', tile('ofm'));
		vi.advanceTimersByTime(60_000);
		expect(onfail).not.toHaveBeenCalled();
	});

	it('fails at once on an error of the basemap (or of the style) before it shows, not of the app', () => {
		const first = watch();
		first.map.emit('error', error('sites'));
		expect(first.onfail).not.toHaveBeenCalled();
		first.map.emit('error', error('ofm'));
		expect(first.onfail).toHaveBeenCalledExactlyOnceWith('HTTP 500');
		const second = watch();
		second.map.emit('error', error(undefined, 'style refused'));
		expect(second.onfail).toHaveBeenCalledExactlyOnceWith('style refused');
	});

	it('after it showed, gives up only on the third failing tile', () => {
		const { map, onfail } = watch();
		map.emit('sourcedata', tile('ofm'));
		map.emit('error', error(undefined));
		map.emit('error', error('ofm'));
		map.emit('error', error('ofm'));
		expect(onfail).not.toHaveBeenCalled();
		map.emit('error', error('ofm', 'Failed to fetch'));
		expect(onfail).toHaveBeenCalledExactlyOnceWith('Failed to fetch');
	});

	it('stops watching when stopped: no late failure for a basemap already left', () => {
		const { map, onfail, stop } = watch();
		stop();
		vi.advanceTimersByTime(10_000);
		map.emit('error', error('ofm'));
		expect(onfail).not.toHaveBeenCalled();
		expect(map.listeners()).toBe(0);
	});
});
