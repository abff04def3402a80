/** Navigation to first ready, app against bare MapLibre, alternated in fresh contexts. */
import type { Browser } from '@playwright/test';
import {
	installProbes,
	panFrames,
	VIEWPORT,
	waitForReady,
	type PanFrames,
	type ReadyTiming
} from './browser';

export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function openReady(
	browser: Browser,
	url: string,
	then?: (page: import('@playwright/test').Page) => Promise<void>
): Promise<ReadyTiming> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await installProbes(page);
		await page.goto(url);
		const timing = await waitForReady(page);
		await then?.(page);
		return timing;
	} finally {
		await context.close();
	}
}

export interface FirstViewPair {
	appInteractiveMs: number;
	appMs: number;
	bareMs: number;
	interactiveRatio: number;
	ratio: number;
	appLongTaskMs: number;
	appFramesBeforeInteractive: number;
	appFramesBeforeReady: number;
	bareFrames: number;
}

export interface FirstView {
	pairs: FirstViewPair[];
	appInteractiveMedianMs: number;
	appMedianMs: number;
	bareMedianMs: number;
	/** Main-thread long tasks before the app's ready: its own JavaScript work, not waiting or drawing. */
	appLongTaskMedianMs: number;
	/** Medians of the per-pair ratios. */
	interactiveMedianRatio: number;
	medianRatio: number;
	framesBeforeInteractiveMedian: number;
	framesBeforeReadyMedian: number;
	bareFramesMedian: number;
}

export async function firstViewPairs(browser: Browser, base: string, n: number): Promise<FirstView> {
	const pairs: FirstViewPair[] = [];
	for (let i = 0; i < n; i++) {
		// Alternate which goes first so neither always gets the warmer machine.
		const order = i % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
		const t: Record<string, ReadyTiming> = {};
		for (const which of order) t[which] = await openReady(browser, `${base}/${which}/`);
		const [app, bare] = [t.app!, t.bare!];
		// An app without the interactive phase (an older build) counts it at ready.
		const interactive = app.interactiveMs ?? app.readyMs;
		pairs.push({
			appInteractiveMs: interactive,
			appMs: app.readyMs,
			bareMs: bare.readyMs,
			interactiveRatio: interactive / bare.readyMs,
			ratio: app.readyMs / bare.readyMs,
			appLongTaskMs: app.longTaskMs,
			appFramesBeforeInteractive: app.framesBeforeInteractive ?? app.framesBeforeReady,
			appFramesBeforeReady: app.framesBeforeReady,
			bareFrames: bare.framesBeforeReady
		});
	}
	const of = (key: keyof FirstViewPair) => median(pairs.map((p) => p[key]));
	return {
		pairs,
		appInteractiveMedianMs: of('appInteractiveMs'),
		appMedianMs: of('appMs'),
		bareMedianMs: of('bareMs'),
		appLongTaskMedianMs: of('appLongTaskMs'),
		interactiveMedianRatio: of('interactiveRatio'),
		medianRatio: of('ratio'),
		framesBeforeInteractiveMedian: of('appFramesBeforeInteractive'),
		framesBeforeReadyMedian: of('appFramesBeforeReady'),
		bareFramesMedian: of('bareFrames')
	};
}

/** Pan frame times of the bare map and of the app with its shipped sites, to read the scale runs against. */
export async function panBaselines(browser: Browser, base: string): Promise<Record<string, PanFrames>> {
	const out: Record<string, PanFrames> = {};
	for (const which of ['bare', 'app'] as const)
		await openReady(browser, `${base}/${which}/`, async (page) => {
			out[which === 'app' ? 'app (shipped sites)' : 'bare MapLibre'] = await panFrames(page);
		});
	return out;
}
