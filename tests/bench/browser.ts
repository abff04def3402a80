/** Headless Chromium as the e2e tests drive it, plus the in-page probes the bench reads back. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../chromium';

export const VIEWPORT = { width: 1280, height: 800 };

export const launch = (): Promise<Browser> =>
	chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

/**
 * Runs before any page script: stamps the first time data-state becomes each value (performance.now()
 * counts from navigation start, so the harness's own start-up is counted on neither page), keeps
 * main-thread long tasks, counts the map's frames, and offers a requestAnimationFrame recorder.
 */
function probes() {
	const w = window as unknown as Record<string, unknown>;
	const longTasks: { start: number; duration: number }[] = [];
	w.__longTasks = longTasks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const states: Record<string, number> = {};
	w.__states = states;
	new MutationObserver((records) => {
		for (const r of records) {
			const state = (r.target as Element).getAttribute?.('data-state');
			if (state && states[state] === undefined) states[state] = performance.now();
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
	// A MapLibre frame clears the canvas once (and offscreen targets as often as it has them, in the
	// same task): one stamp per task that clears is one stamp per frame drawn, on either page.
	const frameStamps: number[] = [];
	w.__mapFrames = frameStamps;
	let inTask = false;
	for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
		const clear = proto.clear;
		proto.clear = function (this: WebGLRenderingContext, mask: number) {
			if (!inTask) {
				inTask = true;
				frameStamps.push(performance.now());
				setTimeout(() => (inTask = false), 0);
			}
			return clear.call(this, mask);
		};
	}
	let frames: number[] | null = null;
	w.__startFrames = () => {
		frames = [];
		let last = performance.now();
		const tick = (now: number) => {
			if (!frames) return;
			frames.push(now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame((now) => {
			last = now;
			requestAnimationFrame(tick);
		});
	};
	w.__stopFrames = () => {
		const out = frames ?? [];
		frames = null;
		return out;
	};
}

export async function installProbes(page: Page) {
	// tsx compiles with keepNames, which wraps named functions in __name(); the page needs it too.
	await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await page.addInitScript(probes);
}

export interface ReadyTiming {
	/** The first data-state="interactive" (sites drawn and clickable); the bare page has no such phase. */
	interactiveMs: number | null;
	readyMs: number;
	/** Map frames drawn before each phase. */
	framesBeforeInteractive: number | null;
	framesBeforeReady: number;
	/** Main-thread long tasks (≥ 50 ms) before ready, summed. */
	longTaskMs: number;
	/** When the sites file finished arriving, if the page fetched one. */
	sitesFetchedMs: number | null;
	/** Long tasks between the sites file arriving and ready: the app's parse, validation and setData. */
	longTaskAfterSitesMs: number | null;
}

export async function waitForReady(page: Page, timeout = 180_000): Promise<ReadyTiming> {
	const state = page.getByTestId('map');
	await page.waitForFunction(
		() => {
			const s = (window as unknown as { __states: Record<string, number> }).__states;
			return s.ready !== undefined || s.error !== undefined;
		},
		null,
		{ timeout, polling: 50 }
	);
	if ((await state.getAttribute('data-state')) !== 'ready') throw new Error('map did not become ready');
	return page.evaluate(() => {
		const w = window as unknown as {
			__states: Record<string, number>;
			__mapFrames: number[];
			__longTasks: { start: number; duration: number }[];
		};
		const ready = w.__states.ready!;
		const interactive = w.__states.interactive ?? null;
		const sites = performance
			.getEntriesByType('resource')
			.find((e) => e.name.endsWith('data/sites.geojson')) as PerformanceResourceTiming | undefined;
		const before = w.__longTasks.filter((t) => t.start < ready);
		const sum = (ts: typeof before) => ts.reduce((s, t) => s + t.duration, 0);
		const framesBefore = (at: number) => w.__mapFrames.filter((f) => f < at).length;
		return {
			interactiveMs: interactive,
			readyMs: ready,
			framesBeforeInteractive: interactive === null ? null : framesBefore(interactive),
			framesBeforeReady: framesBefore(ready),
			longTaskMs: sum(before),
			sitesFetchedMs: sites ? sites.responseEnd : null,
			longTaskAfterSitesMs: sites ? sum(before.filter((t) => t.start >= sites.responseEnd)) : null
		};
	});
}

export interface PanFrames {
	frames: number;
	maxMs: number;
	p95Ms: number;
	medianMs: number;
	over50: number;
	/** Main-thread long tasks during the pan, summed. */
	longTaskMs: number;
}

export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A mouse drag across the map over about two seconds, then the inertia it starts, frame by frame. */
export async function panFrames(page: Page): Promise<PanFrames> {
	const box = (await page.getByTestId('map').boundingBox())!;
	const y = box.y + box.height / 2;
	const from = box.x + box.width * 0.75;
	const to = box.x + box.width * 0.25;
	await page.mouse.move(from, y);
	const startedAt = await page.evaluate(() => {
		(window as unknown as { __startFrames: () => void }).__startFrames();
		return performance.now();
	});
	await page.mouse.down();
	const steps = 60;
	for (let i = 1; i <= steps; i++) {
		await page.mouse.move(from + ((to - from) * i) / steps, y + 80 * Math.sin((i / steps) * Math.PI));
		await page.waitForTimeout(30);
	}
	await page.mouse.up();
	await page.waitForTimeout(800);
	const { frames, longTaskMs } = await page.evaluate((since) => {
		const w = window as unknown as {
			__stopFrames: () => number[];
			__longTasks: { start: number; duration: number }[];
		};
		return {
			frames: w.__stopFrames(),
			longTaskMs: w.__longTasks.filter((t) => t.start >= since).reduce((s, t) => s + t.duration, 0)
		};
	}, startedAt);
	const sorted = [...frames].sort((a, b) => a - b);
	return {
		frames: frames.length,
		maxMs: sorted.at(-1) ?? NaN,
		p95Ms: percentile(sorted, 95),
		medianMs: percentile(sorted, 50),
		over50: frames.filter((f) => f > 50).length,
		longTaskMs
	};
}
