import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built app carries its own Content-Security-Policy: no inline or eval'd script, and nothing
 * fetched from anywhere but its own origin (the offline promise, enforced by the browser) and the
 * hosts of the online basemaps a reader may choose (MapLibre fetches styles, tiles, sprites and
 * glyphs, raster tiles included, with fetch: connect-src is all they need).
 * Inline styles stay allowed: Svelte's style: directives and MapLibre's positioning write them.
 */
const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"worker-src 'self' blob:",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	// ONLINE_HOSTS of src/lib/basemap/online.ts (a unit test keeps the two equal)
	"connect-src 'self' https://tiles.openfreemap.org https://tile.openstreetmap.org",
	"object-src 'none'",
	"base-uri 'self'"
].join('; ');

const contentSecurityPolicy: Plugin = {
	name: 'content-security-policy',
	apply: 'build', // the dev server injects its own client script
	transformIndexHtml: () => [
		{
			tag: 'meta',
			attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
			injectTo: 'head-prepend'
		}
	]
};

/**
 * A service worker that precaches the whole built app on the first visit (code, data, basemap tiles and
 * its fonts) so the next one works without a network. main.ts registers it in the built app only.
 * Online basemap tiles are not cached: they are the online choice, and their terms limit caching.
 */
function offlineAfterFirstVisit() {
	return VitePWA({
		strategies: 'generateSW',
		injectRegister: false,
		registerType: 'autoUpdate',
		manifest: false,
		filename: 'sw.js',
		workbox: {
			globPatterns: ['**/*.{html,js,css,svg,json,geojson,topojson,pbf,woff2,txt}'],
			// The MapLibre chunk is over Workbox's 2 MiB default; the whole app is about 2.5 MB.
			maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
			navigateFallback: 'index.html',
			cleanupOutdatedCaches: true,
			clientsClaim: true,
			skipWaiting: true,
			inlineWorkboxRuntime: true
		}
	});
}

export default defineConfig({
	// index.html lives in src/ so the top level holds only what DEVELOPERS.md lists.
	root: 'src',
	publicDir: '../static',
	// Relative asset URLs: the built app works from any sub-path (a GitHub Pages folder, a USB stick).
	base: './',
	build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
	plugins: [svelte({ configFile: false }), contentSecurityPolicy, offlineAfterFirstVisit()],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		root,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
