import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });

// Offline after the first visit: the built app's service worker (vite.config.ts) precaches it all.
// Not in development, where a cached app would hide every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
	window.addEventListener('load', () => {
		navigator.serviceWorker.register('./sw.js').catch((error: Error) => {
			console.warn('No offline copy:', error.message);
		});
	});
