import { test as base, expect, type Page } from '@playwright/test';
import type {
	ArticlesFile,
	EnglishFile,
	MonitoringFile,
	SiteFeature,
	SitesFile
} from '../../src/lib/data/types';

/**
 * Every test watches for page errors, MapLibre errors and requests leaving localhost: the explorer must
 * work offline, so any of them fails the test that caused it.
 */
export const test = base.extend<{
	/** Hosts a test serves itself with page.route (test.use({ routedHosts })): never the real ones. */
	routedHosts: string[];
	guard: {
		errors: string[];
		external: string[];
		/** MapLibre errors the app survived (the test build reports them, src/lib/map/test-handle.ts). */
		mapErrors: string[];
		/** Declares map errors this test causes on purpose (a broken tile, a failing online basemap). */
		expectMapErrors: (pattern: RegExp) => void;
	};
}>({
	routedHosts: [[], { option: true }],
	guard: [
		async ({ page, routedHosts }, use) => {
			// Registered first, so it runs last: whatever the test's own routes do not fulfil is aborted.
			for (const host of routedHosts)
				await page.route(
					(url) => url.hostname === host,
					(route) => route.abort('blockedbyclient')
				);
			const errors: string[] = [];
			const external: string[] = [];
			const mapErrors: string[] = [];
			const expected: RegExp[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			// Bound before any page loads, so it holds across reloads and navigations.
			await page.exposeFunction('__atlasMapError', (message: string) => mapErrors.push(message));
			// The built app ships a strict CSP; anything it blocks is a bug, not noise.
			page.on('console', (m) => {
				if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
			});
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (
					![...routedHosts, 'localhost', '127.0.0.1'].includes(url.hostname) &&
					!['data:', 'blob:'].includes(url.protocol)
				)
					external.push(r.url());
			});
			await use({ errors, external, mapErrors, expectMapErrors: (re) => void expected.push(re) });
			expect(errors, 'page errors').toEqual([]);
			expect(
				mapErrors.filter((m) => !expected.some((re) => re.test(m))),
				'map errors the test did not expect'
			).toEqual([]);
			expect(external, 'requests that left localhost').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

export async function waitForReady(page: Page) {
	// Software WebGL on a shared, busy machine: a first view has taken over 20 s there.
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

/**
 * The sites are drawn and clickable (phase one, src/lib/map/phases.ts): enough for a test that clicks a
 * site; names and monitoring may still be on their way.
 */
export async function waitForInteractive(page: Page) {
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', /^(interactive|ready)$/, {
		timeout: 45_000
	});
}

/** The shipped data, read the way the app reads it, so tests follow the data instead of hard-coding it. */
export async function shippedSites(page: Page): Promise<SitesFile> {
	return (await (await page.request.get('/data/sites.geojson')).json()) as SitesFile;
}
export async function shippedArticles(page: Page): Promise<ArticlesFile> {
	return (await (await page.request.get('/data/articles.json')).json()) as ArticlesFile;
}
export async function shippedEnglish(page: Page): Promise<EnglishFile> {
	return (await (await page.request.get('/data/articles-en.json')).json()) as EnglishFile;
}
export async function shippedMonitoring(page: Page): Promise<MonitoringFile> {
	return (await (await page.request.get('/data/monitoring-qingyuan.geojson')).json()) as MonitoringFile;
}

/** Click the centre of the map once: wait first for what it should hit to be drawn (drawnAtCentre). */
export async function clickMapCentre(page: Page) {
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The sites placed at the same point as `site`, itself included (several places share a seat). */
export function atSamePoint(sites: SitesFile, site: SiteFeature): SiteFeature[] {
	const key = (f: SiteFeature) => f.geometry.coordinates.join(',');
	return sites.features.filter((f) => key(f) === key(site));
}

/** A site alone at its point, so a click on it cannot pick a neighbour. */
export function loneSite(sites: SitesFile): SiteFeature {
	const site = sites.features.find((f) => atSamePoint(sites, f).length === 1);
	if (!site) throw new Error('every shipped site shares its point with another');
	return site;
}
