/**
 * Builds the app (with its own vite.config.ts) and the bare baseline into a scratch folder, so the bench
 * never overwrites dist/, which the e2e tests serve.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export interface Builds {
	app: string;
	bare: string;
}

export async function buildPages(): Promise<Builds> {
	const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	const app = join(out, 'app');
	const bare = join(out, 'bare');
	await build({
		configFile: join(repo, 'vite.config.ts'),
		logLevel: 'warn',
		build: { outDir: app, emptyOutDir: true }
	});
	await build({
		configFile: false,
		root: join(repo, 'tests/bench/bare'),
		base: './',
		logLevel: 'warn',
		// Same target as the app, so both carry MapLibre minified the same way.
		build: { outDir: bare, emptyOutDir: true, target: 'es2022' }
	});
	return { app, bare };
}
