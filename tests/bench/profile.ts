/**
 * Where the main thread spends the app's load and pan with n synthetic sites: a CDP CPU profile of each,
 * self time summed by function. Diagnostic, not part of `npm run bench`:
 *   npx tsx tests/bench/profile.ts 100000
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { syntheticSites } from '../../geo/synthetic/sites';
import { buildPages } from './build';
import { installProbes, launch, panFrames, VIEWPORT, waitForReady } from './browser';
import { serve } from './server';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	hitCount?: number;
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** The first characters of a minified function, so its name can be told from its code. */
function snippet(url: string, line: number, column: number): string {
	const path = new URL(url, 'http://x').pathname.replace(/^\/app\//, '');
	if (!url.startsWith('http') || !path) return '';
	const text = readFileSync(join(builds.app, path), 'utf8').split('\n')[line] ?? '';
	return text.slice(column, column + 90).replace(/\s+/g, ' ');
}

/** Self time per function, in ms, the top `limit`. */
function selfTimes(profile: Profile, limit = 12): string[] {
	const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
	const ms = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const { functionName, url, lineNumber, columnNumber } = byNode.get(id)!.callFrame;
		const key = `${functionName || '(anonymous)'} ${url.split('/').pop() || ''}:${lineNumber}  ${snippet(url, lineNumber, columnNumber)}`;
		ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...ms.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([k, v]) => `${Math.round(v).toString().padStart(7)} ms  ${k}`);
}

async function profiled<T>(cdp: CDPSession, what: string, run: () => Promise<T>): Promise<T> {
	await cdp.send('Profiler.start');
	const out = await run();
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	console.log(`\n${what}: main-thread self time, top functions\n${selfTimes(profile).join('\n')}`);
	return out;
}

const n = Number(process.argv[2] ?? 100_000);
const port = Number(process.env.BENCH_PORT ?? 4182);
const builds = await buildPages();
const server = await serve({ app: builds.app }, port);
const browser = await launch();
try {
	const body = JSON.stringify(syntheticSites(n));
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.route('**/data/sites.geojson', (route) =>
		route.fulfill({ status: 200, contentType: 'application/geo+json', body })
	);
	const page = await context.newPage();
	await installProbes(page);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
	const ready = await profiled(cdp, `load, ${n} sites`, async () => {
		await page.goto(`http://127.0.0.1:${port}/app/`);
		return waitForReady(page);
	});
	console.log(`ready at ${Math.round(ready.readyMs)} ms`);
	const pan = await profiled(cdp, `pan, ${n} sites`, () => panFrames(page));
	console.log(`pan: ${JSON.stringify(pan)}`);
} finally {
	await browser.close();
	server.close();
	const { rmSync } = await import('node:fs');
	const { dirname } = await import('node:path');
	rmSync(dirname(builds.app), { recursive: true, force: true });
}
