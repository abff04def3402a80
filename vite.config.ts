import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	// index.html lives in src/ so the top level holds only what DEVELOPERS.md lists.
	root: 'src',
	publicDir: '../static',
	// Relative asset URLs: the built app works from any sub-path (a GitHub Pages folder, a USB stick).
	base: './',
	build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
	plugins: [svelte({ configFile: false })],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		root,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
