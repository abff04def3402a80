import { prewarm } from 'maplibre-gl';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './lib/map/worker';

// MapLibre's worker (half a megabyte of script) starts loading now, not when the map is created
// after the first mount: it cuts the tiles the first frame waits on.
prewarm();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
