import { along, bbox, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { MONITORING_DETAIL_ZOOM } from '../../src/lib/spatial/camera-policy';
import { clickMapCentre, expect, shippedMonitoring, test, waitForReady } from './fixtures';

test('the legend toggles each Qingyuan monitoring layer and a transect popup gives its length', async ({
	page
}) => {
	const monitoring = await shippedMonitoring(page);
	const transect = monitoring.features.find((f) => f.properties.kind === 'transect') as Feature<LineString> &
		(typeof monitoring.features)[number];
	// The middle of the line, so the click cannot land on a neighbour's end.
	const [lng, lat] = along(transect, length(transect) / 2).geometry.coordinates as [number, number];
	await page.goto(`/#map=15/${lat}/${lng}&layers=transects`);
	await waitForReady(page);

	const legend = page.getByTestId('legend');
	await expect(legend).toContainText('样线');
	await expect(legend).toContainText('示意性重建');
	await expect(page.getByTestId('toggle-transects')).toBeChecked();
	await expect(page.getByTestId('toggle-cameras')).not.toBeChecked();

	await expect(async () => {
		await clickMapCentre(page);
		await expect(page.getByTestId('monitoring-popup')).toBeVisible({ timeout: 1000 });
	}).toPass();
	const popup = page.getByTestId('monitoring-popup');
	await expect(popup).toContainText('示意性重建');
	const km = (length(transect, { units: 'kilometers' }) as number).toFixed(2);
	await expect(page.getByTestId('transect-length')).toContainText(`${km} km`);
	await popup
		.locator('xpath=ancestor::div[contains(@class,"maplibregl-popup")]')
		.locator('.maplibregl-popup-close-button')
		.click();
	await expect(popup).toHaveCount(0);

	// Off: the same click finds nothing, and the URL says which layers are on.
	await page.getByTestId('toggle-transects').uncheck();
	await expect(page).toHaveURL(/layers=(&|$)/);
	await page.waitForTimeout(300); // let the map redraw without the layer
	await clickMapCentre(page);
	await page.waitForTimeout(300);
	await expect(page.getByTestId('monitoring-popup')).toHaveCount(0);

	await page.getByTestId('toggle-cameras').check();
	await expect(page).toHaveURL(/layers=cameras/);
});

test('the legend counts what the data holds', async ({ page }) => {
	const monitoring = await shippedMonitoring(page);
	const count = (kind: string) => monitoring.features.filter((f) => f.properties.kind === kind).length;
	await page.goto('/');
	await waitForReady(page);
	await expect(page.getByTestId('toggle-cameras').locator('..')).toContainText(`(${count('camera')})`);
	await expect(page.getByTestId('toggle-transects').locator('..')).toContainText(`(${count('transect')})`);
	expect(count('camera')).toBe(24); // the article: 红外观测样点24个
	expect(count('transect')).toBeGreaterThan(20); // the article: 观测样线20余条
});

test('transects and cameras are drawn from the detail zoom on, and the legend says so', async ({ page }) => {
	const monitoring = await shippedMonitoring(page);
	const [west, south, east, north] = bbox(monitoring);
	const centre = `${(south + north) / 2}/${(west + east) / 2}`;
	const drawn = () =>
		page.evaluate(() => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			const count = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).length;
			return {
				transects: count('monitoring-transect'),
				cameras: count('monitoring-camera'),
				areas: count('monitoring-area-fill-east') + count('monitoring-area-fill-west')
			};
		});

	await page.goto(`/#map=${MONITORING_DETAIL_ZOOM - 1}/${centre}&layers=areas,transects,cameras`);
	await waitForReady(page);
	await expect(page.getByTestId('monitoring-detail-note')).toContainText(`${MONITORING_DETAIL_ZOOM} 级`);
	const far = await drawn();
	expect(far.areas, 'the project areas mark the place from afar').toBeGreaterThan(0);
	expect(far.transects + far.cameras, 'no transect or camera below the detail zoom').toBe(0);

	await page.goto(`/#map=${MONITORING_DETAIL_ZOOM + 1}/${centre}&layers=areas,transects,cameras`);
	await expect
		.poll(async () => (await drawn()).transects, 'transects from the detail zoom')
		.toBeGreaterThan(0);
	expect((await drawn()).cameras).toBeGreaterThan(0);
});
