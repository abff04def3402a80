/**
 * What each first-view change is worth: the app as it is, and the app with one change taken back,
 * built side by side and loaded alternately with bare MapLibre in one run, so each gain is read as
 * a difference measured under the same load. Diagnostic, not part of `npm run bench` (a build per
 * variant); it writes ablation.md beside this file, which the bench report quotes:
 *   npx tsx tests/bench/ablation.ts            (BENCH_PAIRS rounds, 5 by default)
 * A variant whose edit no longer applies stops the run and names the file: edit it here with the code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildPages } from './build';
import { launch, type ReadyTiming } from './browser';
import { median, openReady } from './first-view';
import { serve } from './server';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** One change taken back: text replaced in files of a copy of src/. */
interface Variant {
	id: string;
	/** The change this variant lacks, as the report names it. */
	change: string;
	edits: { file: string; from: string | RegExp; to: string }[];
}

const VARIANTS: Variant[] = [
	{ id: 'app', change: '(the app as it is)', edits: [] },
	{
		id: 'no-prewarm',
		change: "MapLibre's worker prewarmed and the data files preloaded with the page",
		edits: [
			{ file: 'main.ts', from: 'prewarm();\n', to: '' },
			{ file: 'index.html', from: /\t\t<link rel="preload"[^\n]*\n/g, to: '' }
		]
	},
	{
		id: 'one-phase',
		change: 'two phases: names, monitoring, arcs and rings after the sites',
		edits: [
			{
				file: 'lib/map/MapView.svelte',
				from: 'withoutLabels(untrack(() => style))',
				to: '{ style: { ...untrack(() => style) }, labels: [] as string[] }'
			},
			{ file: 'App.svelte', from: 'detailShown(status));', to: 'detailShown(status) || true);' }
		]
	},
	{
		id: 'panel-first',
		change: 'the panel mounted once the sites can be clicked',
		edits: [
			{
				file: 'App.svelte',
				from: "$derived(status !== 'loading' || panelDue ? panelModule : null)",
				to: '$derived(panelModule)'
			}
		]
	},
	{
		id: 'sites-added',
		change: "the sites in the map's first style",
		edits: [
			{ file: 'App.svelte', from: '{#if style && (catalog.settled || mapDue)}', to: '{#if style}' },
			{
				file: 'App.svelte',
				from: 'sources={catalog.sites ? { [SOURCES.sites]: siteSource(catalog.sites) } : {}}',
				to: ''
			}
		]
	},
	{
		id: 'label-fade',
		change: 'no label fade',
		edits: [{ file: 'lib/map/MapView.svelte', from: 'fadeDuration: 0,', to: '' }]
	},
	{
		id: 'no-overlays',
		change: '(an upper bound) the monitoring, relief and arcs not drawn at all',
		edits: [
			{ file: 'App.svelte', from: '{#if catalog.monitoring && detail}', to: '{#if false}' },
			{ file: 'App.svelte', from: '{#if connections && detail}', to: '{#if false}' },
			{ file: 'App.svelte', from: '...(catalog.monitoring ? [SOURCES.monitoring] : [])', to: '' }
		]
	}
];

async function buildVariant(v: Variant, out: string): Promise<string> {
	const copy = join(out, `src-${v.id}`);
	for (const part of ['src', 'static', 'vite.config.ts', 'tsconfig.json', 'package.json'])
		cpSync(join(repo, part), join(copy, part), { recursive: true });
	symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
	for (const { file, from, to } of v.edits) {
		const path = join(copy, 'src', file);
		const text = readFileSync(path, 'utf8');
		const next = text.replace(from, to);
		if (next === text) throw new Error(`ablation ${v.id}: ${file} no longer holds ${String(from)}`);
		writeFileSync(path, next);
	}
	const dist = join(out, v.id);
	await build({
		configFile: join(copy, 'vite.config.ts'),
		root: join(copy, 'src'), // the config's 'src' is read from the working directory
		logLevel: 'error',
		build: { outDir: dist, emptyOutDir: true }
	});
	return dist;
}

const pairs = Number(process.env.BENCH_PAIRS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 4183);
const out = mkdtempSync(join(tmpdir(), 'atlas-ablation-'));
const loadBefore = loadavg()[0]!.toFixed(2);
try {
	console.log(`ablation: building ${VARIANTS.length} variants…`);
	const roots: Record<string, string> = { bare: (await buildPages()).bare };
	for (const v of VARIANTS) roots[v.id] = await buildVariant(v, out);
	const server = await serve(roots, port);
	const browser = await launch();
	const pages = Object.keys(roots);
	const runs: Record<string, ReadyTiming[]> = Object.fromEntries(pages.map((p) => [p, []]));
	try {
		for (let k = 0; k < pairs; k++)
			for (const [i] of pages.entries()) {
				const page = pages[(i + k) % pages.length]!; // rotated: no page always meets the warmest machine
				runs[page]!.push(await openReady(browser, `http://127.0.0.1:${port}/${page}/`));
			}
	} finally {
		await browser.close();
		server.close();
	}
	const bare = median(runs.bare!.map((t) => t.readyMs));
	const of = (id: string, pick: (t: ReadyTiming) => number) => median(runs[id]!.map(pick));
	const interactive = (id: string) => of(id, (t) => t.interactiveMs ?? t.readyMs);
	const ready = (id: string) => of(id, (t) => t.readyMs);
	const ms = (x: number) => `${Math.round(x)} ms`;
	const signed = (x: number) => `${x > 0 ? '+' : '−'}${Math.abs(Math.round(x))} ms`;
	const rows = VARIANTS.map((v) =>
		[
			v.id,
			v.change,
			`${ms(interactive(v.id))} (${(interactive(v.id) / bare).toFixed(2)}×)`,
			of(v.id, (t) => t.framesBeforeInteractive ?? t.framesBeforeReady),
			`${ms(ready(v.id))} (${(ready(v.id) / bare).toFixed(2)}×)`,
			of(v.id, (t) => t.framesBeforeReady),
			v.id === 'app'
				? ''
				: `${signed(interactive(v.id) - interactive('app'))} / ${signed(ready(v.id) - ready('app'))}`
		].join(' | ')
	);
	const text = [
		`## What each change is worth (tests/bench/ablation.ts, ${new Date().toISOString().slice(0, 10)})`,
		'',
		`Each row is the app with one change taken back; medians of ${pairs} rounds, every page once per`,
		`round in rotating order, fresh context each load; bare MapLibre ${ms(bare)}; load average ${loadBefore}`,
		'at the start. The last column is what taking the change back costs (interactive / ready): the change’s gain.',
		'',
		'| variant | without | interactive | frames | ready | frames | cost of taking it back |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r} |`),
		''
	].join('\n');
	writeFileSync(join(here, 'ablation.md'), text);
	console.log('\n' + text);
} finally {
	rmSync(out, { recursive: true, force: true });
}
