import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
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
	// ONLINE_HOSTS of src/lib/map/basemaps.ts (a unit test keeps the two equal)
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

export default defineConfig({
	// index.html lives in src/ so the top level holds only what DEVELOPERS.md lists.
	root: 'src',
	publicDir: '../static',
	// Relative asset URLs: the built app works from any sub-path (a GitHub Pages folder, a USB stick).
	base: './',
	build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
	plugins: [svelte({ configFile: false }), contentSecurityPolicy],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		root,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
