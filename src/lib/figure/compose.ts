/**
 * The figure: the map shot, its legend, scale bar, north arrow, credits, the schematic notice and a
 * citation with the link to the view, laid out (layout.ts) and painted (draw.ts) on one canvas, then
 * a PNG that carries its own text record. Loaded on first use: none of this is in the first view.
 */
import type { LngLatBoundsLike, Map as LiveMap } from 'maplibre-gl';
import type { Lang } from '../i18n/langs';
import { creditsFor } from './credits';
import { drawFigure, fontOf } from './draw';
import { layoutFigure, type FigureLayout } from './layout';
import { legendFor, type Bilingual } from './legend';
import { withPngText } from './png-text';
import { scaleBar } from './scale-bar';
import { shootMap } from './shoot-map';

/** The two sizes offered: twice the screen, and about 3000 px wide, enough for a printed page. */
export type FigureSize = 'screen' | 'print';
export const PRINT_WIDTH_PX = 3000;

export interface FigureRequest {
	live: LiveMap;
	size: FigureSize;
	lang: Lang;
	/** What the figure shows: the atlas, or the case open in it. */
	subtitle: string | null;
	/** The case's citation when one is open. */
	citation: string | null;
	/** The link to this view. */
	href: string;
	/** Fit these instead of the live view (the map of a case, for print). */
	bounds?: LngLatBoundsLike;
	/** The view's size in CSS pixels; the live map's own by default. */
	view?: { width: number; height: number };
}

export interface Figure {
	png: Uint8Array;
	layout: FigureLayout;
	/** The credits drawn, one string each (the layout holds them as wrapped lines). */
	credits: string[];
	/** Frees the hidden map the figure was drawn on: call it once the figure is out. */
	dispose: () => void;
}

/** PNG text keyword of the JSON record of what was drawn where. */
export const RECORD_KEYWORD = 'atlas-figure-record';

export async function composeFigure(request: FigureRequest): Promise<Figure> {
	const say = (b: Bilingual) => (request.lang === 'en' ? b.en : b.zh);
	const container = request.live.getContainer();
	const view = request.view ?? { width: container.clientWidth, height: container.clientHeight };
	const pixelRatio = request.size === 'print' ? PRINT_WIDTH_PX / view.width : 2;
	const shot = await shootMap(request.live, {
		...view,
		pixelRatio,
		...(request.bounds ? { bounds: request.bounds } : {})
	});
	const scale = shot.pixelRatio;

	const legend = legendFor(shot.features, shot.colorOf);
	const title = say({ zh: '浙江基层治理案例地图', en: 'Zhejiang Case Atlas' });
	const date = new Date().toISOString().slice(0, 10);
	const measurer = document.createElement('canvas').getContext('2d')!;
	const measure = (text: string, size: number, bold = false) => {
		measurer.font = fontOf(size, bold);
		return measurer.measureText(text).width;
	};
	const credits = creditsFor(shot.sources).map(say);
	const layout = layoutFigure(
		{
			map: { width: shot.image.width, height: shot.image.height },
			scale,
			title,
			subtitle: request.subtitle,
			legendHeading: say({ zh: '图例', en: 'Legend' }),
			legend: legend.map((entry) => ({
				entry,
				text: entry.count ? `${say(entry.label)} (${entry.count})` : say(entry.label)
			})),
			scaleBar: scaleBar(shot.center.lat, shot.zoom, scale, 160 * scale),
			schematicNotice: legend.some((e) => e.schematic)
				? say({
						zh: '示意性重建：庆元监测图层的位置为推定，报道只公布了数量与布局。',
						en: 'Schematic reconstruction: the Qingyuan monitoring positions are inferred; the article publishes only counts and layout.'
					})
				: null,
			creditsHeading: say({ zh: '来源与许可', en: 'Sources and licences' }),
			credits,
			citation: [
				request.citation,
				say({ zh: `${title}，${date}：`, en: `${title}, ${date}: ` }) + request.href
			]
				.filter(Boolean)
				.join(' · ')
		},
		measure
	);

	const canvas = document.createElement('canvas');
	canvas.width = layout.width;
	canvas.height = layout.height;
	drawFigure(canvas.getContext('2d')!, layout, shot.image);
	const blob = await new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the figure could not be encoded'))), 'image/png')
	);
	const texts = layout.items.filter((i) => i.kind === 'text');
	const png = withPngText(new Uint8Array(await blob.arrayBuffer()), {
		Title: request.subtitle ? `${title}: ${request.subtitle}` : title,
		Source: request.href,
		Copyright: texts
			.filter((i) => i.role === 'credit')
			.map((i) => i.text)
			.join(' '),
		[RECORD_KEYWORD]: JSON.stringify({
			width: layout.width,
			height: layout.height,
			pixelRatio: scale,
			items: layout.items
		})
	});
	return { png, layout, credits, dispose: shot.dispose };
}

/** Composes the figure and hands it to the browser as a download. */
export async function downloadFigure(request: FigureRequest, fileName: string): Promise<Figure> {
	const figure = await composeFigure(request);
	const url = URL.createObjectURL(new Blob([figure.png as BlobPart], { type: 'image/png' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	setTimeout(figure.dispose, 1000);
	return figure;
}
