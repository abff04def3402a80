/** The bench's figures as Markdown tables: printed to stdout and written to results.md. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PanFrames } from './browser';
import type { FileBytes } from './bytes';
import type { FirstView } from './first-view';
import type { ScaleResult } from './scale';

export interface Results {
	date: string;
	machine: Record<string, string | number>;
	firstView: FirstView;
	bytes: {
		appTotalGzip: number;
		mapLibreGzip: number;
		beyondMapLibreGzip: number;
		appFiles: FileBytes[];
		mapLibreFiles: FileBytes[];
	};
	pan: Record<string, PanFrames>;
	scale: ScaleResult[];
	benchSeconds: number;
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const kb = (x: number) => `${(x / 1000).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'within target' : 'over target');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const METHOD = `## Method

Both pages are built by Vite (the app with its own vite.config.ts, the bare page from tests/bench/bare/
with the same target) into a scratch folder and served by one uncompressed, uncached node:http server.
Headless Chromium with SwiftShader WebGL, 1280×800, a fresh browser context per load. Each phase is
stamped in the page by an init script's MutationObserver on data-state (performance.now(), i.e. from
navigation start, so Playwright's own 250–350 ms of start-up counts on neither page); the bare page
sets data-state="ready" on MapLibre's first idle with an empty style, and both ratios are taken against
it. Map frames are counted in the page too: one per task that clears a WebGL canvas. Headless
Chromium 156 also starts a background renderer of its own in every new context (0.6–1.2 s of CPU,
on both pages alike); pairs alternate which page loads first so neither always meets it warmer. Bytes: every response body of one first view, gzipped at level 9 one by one;
MapLibre's share is what the bare page downloads besides its HTML (its script chunk, which also holds a
few lines of glue, worker and CSS), since Vite bundles MapLibre into the app's own chunk. Scale: the
app's data/sites.geojson is answered by page.route with geo/synthetic/sites.ts output; "sites→ready"
runs from the file's arrival (Resource Timing) to ready; long tasks are the main thread's (Long Tasks
API). Pan: a 60-step mouse drag across half the map in about 2 s plus 0.8 s of inertia, timed by
requestAnimationFrame deltas. Software WebGL on a shared CPU makes frame times far longer than on a
GPU: read them against the bare-MapLibre row.
`;

/** The last ablation run (tests/bench/ablation.ts), quoted as it was written: its own date and load. */
function ablation(): string[] {
	const file = join(dirname(fileURLToPath(import.meta.url)), 'ablation.md');
	return existsSync(file) ? [readFileSync(file, 'utf8').trim().replace(/^## /, '### '), ''] : [];
}

export function report(r: Results): string {
	const { firstView: fv, bytes: b } = r;
	const panRow = (name: string, p: PanFrames) =>
		row([name, p.frames, ms(p.medianMs), ms(p.p95Ms), ms(p.maxMs), p.over50, ms(p.longTaskMs)]);
	return [
		`# Bench results (${r.date.slice(0, 10)})`,
		'',
		`Machine: ${Object.entries(r.machine)
			.map(([k, v]) => `${k} ${v}`)
			.join('; ')}. Whole bench: ${r.benchSeconds} s.`,
		'',
		'## First view: navigation → data-state interactive (sites drawn, clickable) and ready (everything drawn)',
		'',
		row(['', 'median', 'pairs', 'map frames before (median)']),
		row(['---', '---', '---', '---']),
		row([
			'app: interactive',
			ms(fv.appInteractiveMedianMs),
			fv.pairs.map((p) => Math.round(p.appInteractiveMs)).join(', '),
			fv.framesBeforeInteractiveMedian
		]),
		row([
			'app: ready',
			ms(fv.appMedianMs),
			fv.pairs.map((p) => Math.round(p.appMs)).join(', '),
			fv.framesBeforeReadyMedian
		]),
		row([
			'bare MapLibre (empty style): ready',
			ms(fv.bareMedianMs),
			fv.pairs.map((p) => Math.round(p.bareMs)).join(', '),
			fv.bareFramesMedian
		]),
		row(['app: main-thread long tasks before ready', ms(fv.appLongTaskMedianMs), '', '']),
		row([
			'app interactive / bare',
			`${fv.interactiveMedianRatio.toFixed(2)}×`,
			fv.pairs.map((p) => p.interactiveRatio.toFixed(2)).join(', '),
			`aim ≤ 2.0×: ${mark(fv.interactiveMedianRatio <= 2)}`
		]),
		row([
			'app ready / bare',
			`${fv.medianRatio.toFixed(2)}×`,
			fv.pairs.map((p) => p.ratio.toFixed(2)).join(', '),
			`aim ≤ 3.0×: ${mark(fv.medianRatio <= 3)}`
		]),
		'',
		...ablation(),
		'## First-view bytes (gzip -9, each response)',
		'',
		row(['', 'gzip']),
		row(['---', '---']),
		row(['everything the app downloads', kb(b.appTotalGzip)]),
		row(['MapLibre script + worker + CSS (bare page)', kb(b.mapLibreGzip)]),
		row([
			'**beyond MapLibre**',
			`**${kb(b.beyondMapLibreGzip)}** (target ≤ 150 KB: ${mark(b.beyondMapLibreGzip <= 150_000)})`
		]),
		'',
		'App files: ' +
			b.appFiles.map((f) => `${f.path.split('/').pop() || 'index.html'} ${kb(f.gzip)}`).join(', '),
		'',
		'MapLibre files (bare page): ' +
			b.mapLibreFiles.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`).join(', '),
		'',
		'## Scale (synthetic sites routed in as data/sites.geojson)',
		'',
		row([
			'sites',
			'file (gzip)',
			'ready median',
			'sites→ready',
			'main-thread long tasks',
			'node parse + validate'
		]),
		row(['---', '---', '---', '---', '---', '---']),
		...r.scale.map((s) =>
			row([
				s.sites.toLocaleString('en'),
				`${s.fileMiB.toFixed(1)} MiB (${s.fileGzipMiB.toFixed(1)})`,
				s.readyMs.length
					? `${ms(s.readyMedianMs)} (n=${s.readyMs.length}${s.failures.length ? `; ${s.failures.length} not ready: ${s.failures[0]}` : ''})`
					: `not ready in ${s.runs} runs: ${s.failures[0] ?? '?'}`,
				ms(s.afterSitesMedianMs),
				ms(s.mainThreadAfterSitesMedianMs),
				`${ms(s.nodeParseMs)} + ${ms(s.nodeValidateMs)}`
			])
		),
		'',
		'## Frame time while panning (mouse drag ~2 s + inertia, rAF deltas)',
		'',
		row(['page', 'frames', 'median', 'p95', 'max', 'frames > 50 ms', 'long tasks']),
		row(['---', '---', '---', '---', '---', '---', '---']),
		...Object.entries(r.pan).map(([name, p]) => panRow(name, p)),
		...r.scale.flatMap((s) => (s.pan ? [panRow(`app, ${s.sites.toLocaleString('en')} sites`, s.pan)] : [])),
		'',
		METHOD
	].join('\n');
}
