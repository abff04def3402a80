/**
 * How many WebGL programs each page links before it is ready, and the main-thread time spent in the
 * GL calls that compile them (software GL compiles on the main thread). Diagnostic, not part of `npm run bench`:
 *   npx tsx tests/bench/programs.ts
 */
import { buildPages } from './build';
import { installProbes, launch, VIEWPORT, waitForReady } from './browser';
import { serve } from './server';

/** Wraps the GL calls that compile or link, summing their time per call name. */
function glTimer() {
	const w = window as unknown as Record<string, unknown>;
	const spent: Record<string, { calls: number; ms: number }> = {};
	w.__gl = spent;
	const sources: string[] = [];
	w.__sources = sources;
	const shaderSource = WebGL2RenderingContext.prototype.shaderSource;
	WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
		sources.push(source);
		return shaderSource.call(this, shader, source);
	};
	const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
	for (const name of [
		'compileShader',
		'linkProgram',
		'getProgramParameter',
		'getUniformBlockIndex',
		'getUniformLocation',
		'getShaderParameter',
		'useProgram'
	]) {
		const original = proto[name]!;
		proto[name] = function (this: unknown, ...args: unknown[]) {
			const t = performance.now();
			try {
				return original.apply(this, args);
			} finally {
				const s = (spent[name] ??= { calls: 0, ms: 0 });
				s.calls++;
				s.ms += performance.now() - t;
			}
		};
	}
}

const port = Number(process.env.BENCH_PORT ?? 4183);
const builds = await buildPages();
const server = await serve({ app: builds.app, bare: builds.bare }, port);
const browser = await launch();
try {
	for (const path of ['bare', 'app', 'bare', 'app']) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		await installProbes(page);
		await page.addInitScript(glTimer);
		await page.goto(`http://127.0.0.1:${port}/${path}/`);
		const ready = await waitForReady(page);
		const gl = (await page.evaluate(() => (window as unknown as { __gl: unknown }).__gl)) as Record<
			string,
			{ calls: number; ms: number }
		>;
		const rows = Object.entries(gl).map(([k, v]) => `${k} ×${v.calls} ${Math.round(v.ms)} ms`);
		if (process.env.SHADERS) {
			const sources = await page.evaluate(() => (window as unknown as { __sources: string[] }).__sources);
			for (const src of sources) {
				const defines = src
					.split('\n')
					.filter((l) => /^#define (HAS_UNIFORM|OVERDRAW|TERRAIN|GLOBE)/.test(l))
					.map((l) => l.replace('#define ', ''));
				const uniforms = [...src.matchAll(/uniform \w+ (u_\w+)/g)].map((m) => m[1]).slice(0, 6);
				console.log(`  ${src.length} ${uniforms.join(',')} | ${defines.join(' ')}`);
			}
		}
		console.log(`${path}: ready ${Math.round(ready.readyMs)} ms; ${rows.join('; ')}`);
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}
