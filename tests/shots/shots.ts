/**
 * Pictures a person judges the map by: the opening view, one case at z11 and the Qingyuan monitoring
 * at z11, in Chinese and English, on a laptop and on a phone. Written to tests/shots/*.png.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const VIEWS = [
	{ name: 'opening', hash: '' },
	{ name: 'case-yuhang-ai', hash: 'article=yuhang-ai-tongxinhui' },
	{ name: 'qingyuan-monitoring', hash: 'map=11/27.526/119.17&layers=areas,transects,cameras' }
];
const DEVICES = [
	{ name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
	{ name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true }
];
const LANGS = ['zh', 'en'] as const;

for (const device of DEVICES)
	for (const view of VIEWS)
		for (const lang of LANGS) {
			const name = `${view.name}-${lang}-${device.name}`;
			test(name, async ({ browser }) => {
				const context = await browser.newContext({
					viewport: device.viewport,
					isMobile: device.isMobile,
					hasTouch: device.isMobile,
					deviceScaleFactor: 1
				});
				const page = await context.newPage();
				const hash = [view.hash, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
				await page.goto(`/${hash ? `#${hash}` : ''}`);
				await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
				// The camera moves and the labels' glyphs arrive after "ready": wait for the map to settle.
				await page.evaluate(
					() =>
						new Promise<void>((resolve) => {
							const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
							const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', done));
							setTimeout(done, 1200);
						})
				);
				const file = fileURLToPath(new URL(`./${name}.png`, import.meta.url));
				await page.screenshot({ path: file });
				await context.close();
			});
		}
