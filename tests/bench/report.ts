/** The bench's figures as Markdown tables: printed to stdout and written to results.md. */
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
Headless Chromium with SwiftShader WebGL, 1280×800, a fresh browser context per load. Ready is stamped
in the page by a MutationObserver on data-state (performance.now(), i.e. from navigation start); the
bare page sets data-state="ready" on MapLibre's first idle with an empty style. Pairs alternate which
page loads first. Bytes: every response body of one first view, gzipped at level 9 one by one;
MapLibre's share is what the bare page downloads besides its HTML (its script chunk, which also holds a
few lines of glue, worker and CSS), since Vite bundles MapLibre into the app's own chunk. Scale: the
app's data/sites.geojson is answered by page.route with geo/synthetic/sites.ts output; "sites→ready"
runs from the file's arrival (Resource Timing) to ready; long tasks are the main thread's (Long Tasks
API). Pan: a 60-step mouse drag across half the map in about 2 s plus 0.8 s of inertia, timed by
requestAnimationFrame deltas. Software WebGL on a shared CPU makes frame times far longer than on a
GPU: read them against the bare-MapLibre row.
`;

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
		'## First view (navigation → first data-state=ready)',
		'',
		row(['', 'median', 'pairs']),
		row(['---', '---', '---']),
		row(['app', ms(fv.appMedianMs), fv.pairs.map((p) => Math.round(p.appMs)).join(', ')]),
		row(['bare MapLibre', ms(fv.bareMedianMs), fv.pairs.map((p) => Math.round(p.bareMs)).join(', ')]),
		row(['app: main-thread long tasks', ms(fv.appLongTaskMedianMs), '']),
		row(['app / bare', `${fv.medianRatio.toFixed(2)}×`, `target ≤ 1.3×: ${mark(fv.medianRatio <= 1.3)}`]),
		'',
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
