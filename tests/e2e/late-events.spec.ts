/**
 * Issue 14: on a busy machine Back left a site popup open. Back and Forward move `location` at once
 * and fire hashchange later; a camera move that ended in between wrote the entry left behind over the
 * one gone to. popstate fires in that gap, so a move ended from it stands in, every time, for the
 * frame a slow phone runs there.
 */
import { expect, loneSite, shippedSites, test, waitForReady } from './fixtures';
import { urlCamera } from './map-probe';
import type { Page } from '@playwright/test';

/** At the next Back or Forward, before its hashchange: a camera move ends (jumpTo ends at once). */
async function moveEndsInTheGap(page: Page) {
	await page.evaluate(() =>
		addEventListener(
			'popstate',
			() => {
				const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
				map.jumpTo({ zoom: map.getZoom() + 0.5 });
			},
			{ once: true }
		)
	);
}

test('a camera move that ends as Back or Forward lands cannot reopen or close the site', async ({ page }) => {
	const site = loneSite(await shippedSites(page));
	const [lng, lat] = site.geometry.coordinates as [number, number];
	await page.goto(`/#map=9/${lat}/${lng}`);
	await waitForReady(page);
	const popup = page.getByTestId('site-popup');
	await page.goto(`/#map=9/${lat}/${lng}&site=${site.properties.id}`); // a link to the site
	await expect(popup).toContainText(site.properties.name_zh);

	await moveEndsInTheGap(page);
	await page.goBack();
	await expect(page).not.toHaveURL(/site=/);
	await expect(popup).toHaveCount(0);
	// The URL's camera wins over the move that ended late: the map goes back to it.
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getZoom()
			)
		)
		.toBeCloseTo(9, 2);
	expect(urlCamera(page.url())?.zoom).toBe(9);

	await moveEndsInTheGap(page);
	await page.goForward();
	await expect(page).toHaveURL(new RegExp(`site=${site.properties.id}(&|$)`));
	await expect(popup).toContainText(site.properties.name_zh);
});
