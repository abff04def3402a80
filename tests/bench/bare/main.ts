/**
 * The bench's baseline: the same maplibre-gl, bundled by the same Vite, with an empty style. It signals
 * its first idle the way the app does (data-state="ready"), so both pages are timed by one observer.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const map = new Map({
	container,
	style: { version: 8, sources: {}, layers: [] },
	center: [120.4, 29.2],
	zoom: 6.4
});
map.once('idle', () => container.setAttribute('data-state', 'ready'));
