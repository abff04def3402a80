/**
 * `npm run bench`: first-view time against bare MapLibre, first-view bytes beyond MapLibre, and the
 * app fed 1 000–100 000 synthetic sites. Prints a table, writes results.json and results.md beside
 * this file, and never fails a build on a slow figure (only on a bench that cannot run at all).
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from './build';
import { launch } from './browser';
import { firstViewBytes, sum } from './bytes';
import { firstViewPairs, panBaselines } from './first-view';
import { report } from './report';
import { scaleRuns } from './scale';
import { serve } from './server';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4181);
const pairs = Number(process.env.BENCH_PAIRS ?? 5);
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);

const started = Date.now();
// Timings on a shared machine follow its load: recorded so a slow run can be read as such.
const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
console.log('bench: building app and bare page…');
const builds = await buildPages();
const server = await serve({ app: builds.app, bare: builds.bare }, port);
const base = `http://127.0.0.1:${port}`;
const browser = await launch();
try {
	console.log('bench: first-view bytes…');
	const appFiles = await firstViewBytes(browser, `${base}/app/`);
	const bareFiles = await firstViewBytes(browser, `${base}/bare/`);
	// The bare page is MapLibre's script, worker and CSS plus a few lines of glue; its HTML is not MapLibre.
	const mapLibreFiles = bareFiles.filter((f) => !f.path.endsWith('.html') && !f.path.endsWith('/'));
	console.log(`bench: first-view time, ${pairs} app/bare pairs…`);
	const firstView = await firstViewPairs(browser, base, pairs);
	console.log('bench: pan baselines…');
	const pan = await panBaselines(browser, base);
	console.log(`bench: scale ${scales.join(', ')}…`);
	const scale = await scaleRuns(browser, base, scales);
	const results = {
		date: new Date().toISOString(),
		machine: {
			os: `${platform()} ${release()}`,
			cpu: cpus()[0]?.model ?? 'unknown',
			cpuCount: cpus().length,
			memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
			node: process.version,
			chromium: browser.version(),
			webgl: 'SwiftShader (software), headless',
			loadAverageBefore: loadBefore.join(' '),
			loadAverageAfter: loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')
		},
		firstView,
		bytes: {
			appTotalGzip: sum(appFiles),
			mapLibreGzip: sum(mapLibreFiles),
			beyondMapLibreGzip: sum(appFiles) - sum(mapLibreFiles),
			appFiles,
			mapLibreFiles
		},
		pan,
		scale,
		benchSeconds: 0
	};
	results.benchSeconds = Math.round((Date.now() - started) / 1000);
	writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, '\t') + '\n');
	const text = report(results);
	writeFileSync(join(here, 'results.md'), text);
	console.log('\n' + text);
} finally {
	await browser.close();
	server.close();
	rmSync(dirname(builds.app), { recursive: true, force: true });
}
