/**
 * Nothing test-only ships: the production build (what `npm run build` writes to dist/) must not
 * contain the e2e hooks of src/lib/map/test-handle.ts, and still carries its CSP and service worker.
 * Built into a scratch folder, like the bench, so dist/ is never overwritten under a running preview.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'atlas-shipped-'));
const text = (file: string) => readFileSync(join(out, file), 'utf8');

describe('the production build', () => {
	beforeAll(async () => {
		await build({
			configFile: join(repo, 'vite.config.ts'),
			mode: 'production',
			logLevel: 'warn',
			build: { outDir: out, emptyOutDir: true }
		});
	}, 240_000);
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('holds no test hook: no file names __atlasMap', () => {
		const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(js|html|css|json)$/.test(f)
		);
		expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(2);
		expect(files.filter((f) => text(f).includes('__atlasMap'))).toEqual([]);
	});

	it('keeps the case list, the reader and search out of the entry chunk (they mount after the map)', () => {
		const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(
			text('index.html')
		)?.[1];
		expect(entry).toBeDefined();
		const chunks = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
		// Markers of each, found in some chunk (so the check cannot pass on a renamed test id alone).
		for (const marker of [
			'data-testid="case-list"',
			'data-testid="article-reader"',
			'data-testid="search-input"'
		]) {
			expect(
				chunks.some((f) => text(`assets/${f}`).includes(marker)),
				marker
			).toBe(true);
			expect(text(entry!).includes(marker), `${marker} in the entry chunk`).toBe(false);
		}
	});

	it('keeps its Content-Security-Policy and its service worker', () => {
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(text('index.html'))?.[1];
		expect(csp?.replaceAll('&#39;', "'")).toContain("script-src 'self';");
		expect(text('sw.js')).toContain('precache');
	});
});
