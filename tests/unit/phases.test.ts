import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/lib/basemap/offline-style';
import { MapState } from '../../src/lib/map/context.svelte';
import { detailShown, withoutLabels } from '../../src/lib/map/phases';
import { FakeMap } from './fakes/fake-map';

const style = () => basemapStyle({ baseUrl: 'http://atlas.test/basemap/' });

describe('withoutLabels (phase one of the first view)', () => {
	it('hides every name the basemap draws and nothing else, keeping ids and order', () => {
		const full = style();
		const { style: first, labels } = withoutLabels(full);
		const symbols = full.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
		expect(symbols.length).toBeGreaterThan(0);
		expect(labels).toEqual(symbols);
		expect(first.layers.map((l) => l.id)).toEqual(full.layers.map((l) => l.id));
		for (const layer of first.layers)
			expect(layer.layout?.visibility === 'none', layer.id).toBe(symbols.includes(layer.id));
		// The style handed in is the full one, still: a later basemap switch brings it back whole.
		expect(full.layers.some((l) => l.layout?.visibility === 'none')).toBe(false);
	});

	it('leaves a layer the style itself hides to stay hidden in phase two', () => {
		const full = style();
		const hidden = full.layers.find((l) => l.type === 'symbol')!;
		hidden.layout = { ...hidden.layout, visibility: 'none' };
		expect(withoutLabels(full).labels).not.toContain(hidden.id);
	});

	it('counts phase two as shown from interactive on', () => {
		expect(['loading', 'interactive', 'ready', 'error'].filter((s) => detailShown(s as never))).toEqual([
			'interactive',
			'ready'
		]);
	});
});

describe('MapState with the sites in the first style', () => {
	const sites: FeatureCollection = { type: 'FeatureCollection', features: [] };
	const withSites: StyleSpecification = {
		version: 8,
		sources: { sites: { type: 'geojson', data: sites } },
		layers: []
	};

	function setUp() {
		// The fake copies the style, as MapLibre does: the source's data is then another object.
		const fake = new FakeMap(withSites);
		const state = new MapState();
		state.map = fake as unknown as MapLibreMap;
		state.startBasemap(
			{ version: 8, sources: {}, layers: [] },
			{
				sites: withSites.sources.sites as GeoJSONSourceSpecification
			}
		);
		return { fake, state };
	}

	it('does not hand the same data to the worker again', () => {
		const { fake, state } = setUp();
		const before = fake.sourceData('sites');
		state.addGeoJSON('sites', sites);
		expect(fake.sourceData('sites')).toBe(before);
	});

	it('sets new data on it as on any source', () => {
		const { fake, state } = setUp();
		const next: FeatureCollection = { type: 'FeatureCollection', features: [] };
		state.addGeoJSON('sites', next);
		expect(fake.sourceData('sites')).toBe(next);
	});

	it('shows the hidden basemap layers it is told to', () => {
		const { style: first, labels } = withoutLabels(style());
		const fake = new FakeMap(first);
		const state = new MapState();
		state.map = fake as unknown as MapLibreMap;
		state.showLayers(labels);
		for (const id of labels) expect(fake.getLayer(id)?.layout?.visibility, id).toBe('visible');
	});
});
