/**
 * `npm run geo:build`: rebuild every shipped data file from its sources, in dependency order, then
 * validate the result. Each step is its own script so it can also be run alone while working on it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const STEPS: { name: string; script: string }[] = [
	// The basemap first: the sites are checked against its county polygons.
	{ name: 'basemap', script: 'geo/basemap/build.ts' },
	{ name: 'tiles', script: 'geo/basemap/write-tiles.ts' },
	{ name: 'articles', script: 'geo/articles/build.ts' },
	// Reads the SRTM tile, the adcode gazetteer and the basemap's county outline; sites and monitoring cite it.
	{ name: 'terrain', script: 'geo/monitoring/analyse-terrain.ts' },
	{ name: 'sites', script: 'geo/sites/build.ts' },
	// Reads the names of the articles and sites just built.
	{ name: 'pinyin', script: 'geo/articles/pinyin.ts' },
	{ name: 'monitoring', script: 'geo/monitoring/build.ts' },
	{ name: 'check', script: 'geo/check.ts' }
];

const only = process.argv.slice(2);
for (const step of STEPS) {
	if (only.length && !only.includes(step.name)) continue;
	const started = performance.now();
	console.log(`\n== geo:build ${step.name} (${step.script})`);
	try {
		execFileSync(process.execPath, ['--import', 'tsx', step.script], { cwd: ROOT, stdio: 'inherit' });
	} catch {
		console.error(`geo:build: step "${step.name}" failed (see above); later steps were not run.`);
		process.exit(1);
	}
	console.log(`== ${step.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
