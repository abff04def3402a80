/**
 * index.html starts the data files the catalog loads with the page (issue 10). Their paths are written
 * there by hand, so a renamed file would quietly stop being preloaded (and be fetched twice): they must
 * match the app's own names. (Not the font: MapLibre's FontFace fetch does not take a preloaded font,
 * and it was downloaded twice.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/lib/data/catalog.svelte';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const html = readFileSync(join(repo, 'src/index.html'), 'utf8');
const preloads = [...html.matchAll(/<link\s+rel="preload"\s+href="\.\/([^"]+)"\s+as="(\w+)"/g)].map(
	([, href, as]) => ({ href: href!, as: as! })
);

describe('what index.html preloads', () => {
	it('is each data file the catalog loads, fetched as the catalog fetches it', () => {
		expect(
			preloads
				.filter((p) => p.as === 'fetch')
				.map((p) => p.href)
				.sort()
		).toEqual(Object.values(DATA_FILES).sort());
		expect(html.match(/as="fetch" crossorigin="anonymous"/g)).toHaveLength(Object.values(DATA_FILES).length);
	});

	it('names files that exist', () => {
		for (const { href } of preloads) expect(existsSync(join(repo, 'static', href)), href).toBe(true);
	});
});
