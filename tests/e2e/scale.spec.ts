/**
 * Many sites (the bench's synthetic generator, routed in as data/sites.geojson): past CLUSTER_ABOVE the
 * site source clusters. The shipped data never does, so only this test walks that path.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { syntheticSites } from '../../geo/synthetic/sites';
import { CLUSTER_ABOVE } from '../../src/lib/map/site-source';
import { expect, test, waitForReady } from './fixtures';
import { urlCamera } from './map-probe';

test('past the clustering threshold the sites are drawn as clusters, and a click on one zooms in', async ({
	page
}) => {
	const body = JSON.stringify(syntheticSites(CLUSTER_ABOVE * 2));
	await page.route('**/data/sites.geojson', (route) =>
		route.fulfill({ status: 200, contentType: 'application/geo+json', body })
	);
	await page.goto('/');
	await waitForReady(page);
	await expect(page.getByTestId('messages')).toHaveCount(0);

	const clusters = () =>
		page.evaluate(() => {
			const map = (window as unknown as { __atlasMap: MapLibreMap }).__atlasMap;
			return map.queryRenderedFeatures({ layers: ['site-cluster'] }).map((f) => ({
				count: Number(f.properties.point_count),
				at: map.project(f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0])
			}));
		});
	await expect.poll(async () => (await clusters()).length, 'clusters drawn').toBeGreaterThan(0);
	const drawn = await clusters();
	expect(drawn.every((c) => c.count > 1)).toBe(true);
	// Each cluster stands for its points: together no more than the file holds.
	expect(drawn.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(CLUSTER_ABOVE * 2);

	const zoomBefore = urlCamera(page.url())!.zoom;
	const box = (await page.getByTestId('map').boundingBox())!;
	const target = drawn.find(
		(c) => c.at.x > 40 && c.at.y > 40 && c.at.x < box.width - 40 && c.at.y < box.height - 40
	)!;
	await page.mouse.click(box.x + target.at.x, box.y + target.at.y);
	await expect.poll(() => urlCamera(page.url())!.zoom, 'the map zooms in').toBeGreaterThan(zoomBefore);
});
