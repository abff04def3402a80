/**
 * The app fed n synthetic sites through a routed data/sites.geojson (no app change). Also times, in
 * Node, the two main-thread steps the app runs on the file before MapLibre sees it: JSON.parse and
 * validateSites (same V8 as Chromium, so a fair share of the load's main-thread cost).
 */
import type { Browser } from '@playwright/test';
import { syntheticSites } from '../../geo/synthetic/sites';
import { validateSites } from '../../src/lib/data/validate';
import { installProbes, panFrames, VIEWPORT, waitForReady, type PanFrames } from './browser';
import { gzipSize } from './bytes';
import { median } from './first-view';

export interface ScaleResult {
	sites: number;
	fileMiB: number;
	fileGzipMiB: number;
	runs: number;
	readyMedianMs: number;
	readyMs: number[];
	/** Ready minus the moment the sites file arrived: the app's parse, validation and MapLibre's work. */
	afterSitesMedianMs: number;
	/** Main-thread long tasks in that span (parse, validation, setData's copy to the worker). */
	mainThreadAfterSitesMedianMs: number;
	nodeParseMs: number;
	nodeValidateMs: number;
	/** Frame times of a pan on the last run; null if that run never became ready. */
	pan: PanFrames | null;
	/** Runs that never became ready, with why: reported, never thrown (the bench prints, it does not fail). */
	failures: string[];
}

function time<T>(f: () => T): [T, number] {
	const t = performance.now();
	const out = f();
	return [out, performance.now() - t];
}

export async function scaleRuns(browser: Browser, base: string, sizes: number[]): Promise<ScaleResult[]> {
	const results: ScaleResult[] = [];
	for (const n of sizes) {
		const body = JSON.stringify(syntheticSites(n));
		const [parsed, nodeParseMs] = time(() => JSON.parse(body) as unknown);
		const [checked, nodeValidateMs] = time(() => validateSites(parsed, 'data/sites.geojson'));
		if (!checked.ok) throw new Error(`synthetic sites (${n}) fail validateSites`);
		const runs = n >= 100_000 ? 2 : 3;
		const timings = [];
		const failures: string[] = [];
		let pan: PanFrames | null = null;
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ viewport: VIEWPORT });
			try {
				await context.route('**/data/sites.geojson', (route) =>
					route.fulfill({ status: 200, contentType: 'application/geo+json', body })
				);
				const page = await context.newPage();
				await installProbes(page);
				await page.goto(`${base}/app/`);
				timings.push(await waitForReady(page, n >= 100_000 ? 300_000 : 120_000));
				if (i === runs - 1) pan = await panFrames(page);
			} catch (error) {
				failures.push((error as Error).message.split('\n')[0]!);
			} finally {
				await context.close();
			}
		}
		results.push({
			sites: n,
			fileMiB: body.length / 2 ** 20,
			fileGzipMiB: gzipSize(body) / 2 ** 20,
			runs,
			readyMedianMs: median(timings.map((t) => t.readyMs)),
			readyMs: timings.map((t) => t.readyMs),
			afterSitesMedianMs: median(timings.map((t) => t.readyMs - (t.sitesFetchedMs ?? NaN))),
			mainThreadAfterSitesMedianMs: median(timings.map((t) => t.longTaskAfterSitesMs ?? NaN)),
			nodeParseMs,
			nodeValidateMs,
			pan,
			failures
		});
	}
	return results;
}
