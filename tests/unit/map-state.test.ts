import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MapState } from '../../src/lib/map/context.svelte';
import { FakeMap } from './fakes/fake-map';

const basemap = (name: string, layers: string[]): StyleSpecification => ({
	version: 8,
	sources: { [name]: { type: 'vector', tiles: [`https://${name}.test/{z}/{x}/{y}.pbf`] } },
	layers: layers.map((id) => ({ id, type: 'line', source: name, 'source-layer': 'x' }))
});
const OFFLINE = basemap('offline', ['land', 'labels']);
const ONLINE = basemap('online', ['water', 'roads', 'places']);
const points: FeatureCollection = { type: 'FeatureCollection', features: [] };

function setUp() {
	const fake = new FakeMap(OFFLINE);
	const state = new MapState();
	state.map = fake as unknown as MapLibreMap;
	state.startBasemap(OFFLINE);
	return { fake, state };
}

/** Adds the site and connection layers in the wrong order on purpose: the list decides, not the caller. */
function addAppLayers(state: MapState) {
	state.addGeoJSON('sites', points);
	state.addGeoJSON('connections', points);
	state.addLayer({ id: 'site-circle', type: 'circle', source: 'sites' });
	state.addLayer({ id: 'connection-arc', type: 'line', source: 'connections' });
	state.addLayer({ id: 'site-halo', type: 'circle', source: 'sites' });
}

describe('MapState', () => {
	it('places each layer by the one ordered list, over the basemap, whatever the order it was added in', () => {
		const { fake, state } = setUp();
		addAppLayers(state);
		expect(fake.layerIds()).toEqual(['land', 'labels', 'connection-arc', 'site-halo', 'site-circle']);
	});

	it('keeps the app layers, their order, filters and visibility over a new basemap', () => {
		const { fake, state } = setUp();
		addAppLayers(state);
		state.setFilter('site-halo', ['==', ['get', 'id'], 'a']);
		state.setVisible('connection-arc', false);
		state.setBasemap(ONLINE);
		fake.finishLoad();
		expect(fake.layerIds()).toEqual([
			'water',
			'roads',
			'places',
			'connection-arc',
			'site-halo',
			'site-circle'
		]);
		expect(fake.getLayer('site-halo')).toMatchObject({ filter: ['==', ['get', 'id'], 'a'] });
		expect(fake.getLayer('connection-arc')).toMatchObject({ layout: { visibility: 'none' } });
		// And back: the online basemap's layers go, the app's stay on top in the same order.
		state.setBasemap(OFFLINE);
		fake.finishLoad();
		expect(fake.layerIds()).toEqual(['land', 'labels', 'connection-arc', 'site-halo', 'site-circle']);
	});

	it('queues changes made while the new style loads and applies them, in order, once it has', () => {
		const { fake, state } = setUp();
		addAppLayers(state);
		state.setBasemap(ONLINE);
		// The style is not done loading: MapLibre would throw on any of these.
		state.addGeoJSON('site-precision', points);
		state.addLayer({ id: 'site-precision-line', type: 'line', source: 'site-precision' });
		state.setFilter('site-circle', ['==', ['get', 'id'], 'b']);
		state.addGeoJSON('sites', { ...points, features: [] });
		state.removeLayer('connection-arc');
		expect(fake.getLayer('site-precision-line')).toBeUndefined();
		fake.finishLoad();
		expect(fake.layerIds()).toEqual([
			'water',
			'roads',
			'places',
			'site-precision-line',
			'site-halo',
			'site-circle'
		]);
		expect(fake.getLayer('site-circle')).toMatchObject({ filter: ['==', ['get', 'id'], 'b'] });
	});

	it('re-adds a layer removed and added again after a style change, in its place', () => {
		const { fake, state } = setUp();
		addAppLayers(state);
		state.setBasemap(ONLINE);
		fake.finishLoad();
		state.removeLayer('site-halo');
		expect(fake.layerIds()).not.toContain('site-halo');
		state.addLayer({ id: 'site-halo', type: 'circle', source: 'sites' });
		expect(fake.layerIds()).toEqual([
			'water',
			'roads',
			'places',
			'connection-arc',
			'site-halo',
			'site-circle'
		]);
	});

	it('removes a source with the layers that draw from it, and updates an existing one in place', () => {
		const { fake, state } = setUp();
		addAppLayers(state);
		const next: FeatureCollection = { type: 'FeatureCollection', features: [] };
		state.addGeoJSON('sites', next);
		expect(fake.sourceData('sites')).toBe(next);
		state.removeSource('sites');
		expect(fake.layerIds()).toEqual(['land', 'labels', 'connection-arc']);
		expect(fake.getSource('sites')).toBeUndefined();
	});

	it('does nothing once the map is torn down', () => {
		const { state } = setUp();
		state.map = undefined;
		expect(() => state.removeSource('sites')).not.toThrow();
		expect(() => state.removeLayer('site-circle')).not.toThrow();
	});
});
