/**
 * Where everything of a figure goes: the title above the map, the north arrow and scale bar over it,
 * then the legend, the schematic notice, the credits and the citation below it, never over the data.
 * Pure (text is measured by the caller's function): unit-tested, and its output doubles as the
 * figure's text record, the list of what was drawn where.
 */
import type { LegendEntry, Swatch } from './legend';
import type { ScaleBar } from './scale-bar';
import { wrap, type Measure } from './wrap';

export interface FigureSpec {
	/** The map image, in figure pixels. The figure is as wide as the map. */
	map: { width: number; height: number };
	/** Figure pixels per CSS pixel: type and lines scale with the map. */
	scale: number;
	title: string;
	subtitle: string | null;
	legendHeading: string;
	legend: { entry: LegendEntry; text: string }[];
	scaleBar: ScaleBar;
	/** Shown when schematic layers are drawn; null otherwise. */
	schematicNotice: string | null;
	creditsHeading: string;
	credits: string[];
	citation: string;
}

export type TextRole =
	'title' | 'subtitle' | 'heading' | 'legend' | 'notice' | 'credit' | 'citation' | 'scale' | 'north';

export type DrawItem =
	| { kind: 'map'; x: number; y: number; w: number; h: number }
	| { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
	| {
			kind: 'text';
			role: TextRole;
			text: string;
			x: number;
			y: number;
			w: number;
			h: number;
			size: number;
			bold: boolean;
			color: string;
	  }
	| { kind: 'swatch'; swatch: Swatch; x: number; y: number; w: number; h: number }
	| { kind: 'scalebar'; x: number; y: number; w: number; h: number }
	| { kind: 'north'; x: number; y: number; w: number; h: number };

export interface FigureLayout {
	width: number;
	height: number;
	items: DrawItem[];
}

const INK = '#1d1d1d';
const MUTED = '#444444';
const LINE = 1.35; // line height, in font sizes

export function layoutFigure(spec: FigureSpec, measure: Measure): FigureLayout {
	const u = spec.scale;
	const width = Math.round(spec.map.width);
	const pad = 14 * u;
	const items: DrawItem[] = [];
	let y = pad;

	/** Wrapped text from (x, y) down; returns the y below it. */
	const text = (
		role: TextRole,
		s: string,
		x: number,
		top: number,
		w: number,
		size: number,
		bold = false,
		color = INK
	) => {
		for (const line of wrap(s, w, (t) => measure(t, size, bold))) {
			items.push({
				kind: 'text',
				role,
				text: line,
				x,
				y: top,
				w: measure(line, size, bold),
				h: size * LINE,
				size,
				bold,
				color
			});
			top += size * LINE;
		}
		return top;
	};

	y = text('title', spec.title, pad, y, width - 2 * pad, 20 * u, true);
	if (spec.subtitle) y = text('subtitle', spec.subtitle, pad, y, width - 2 * pad, 15 * u, false, MUTED);
	y += 8 * u;

	const mapTop = y;
	items.push({ kind: 'map', x: 0, y: mapTop, w: width, h: spec.map.height });
	overlays(items, spec, mapTop, measure);
	y = mapTop + spec.map.height + pad;

	// Below the map: legend and credits side by side when there is room, else one under the other.
	const gap = 24 * u;
	const twoColumns = width >= 560 * u;
	const legendW = twoColumns ? Math.round((width - 2 * pad - gap) * 0.42) : width - 2 * pad;
	const creditX = twoColumns ? pad + legendW + gap : pad;
	const creditW = twoColumns ? width - pad - creditX : width - 2 * pad;

	let legendY = text('heading', spec.legendHeading, pad, y, legendW, 14 * u, true);
	const size = 12.5 * u;
	const sw = { w: 22 * u, h: 11 * u };
	for (const { entry, text: label } of spec.legend) {
		items.push({
			kind: 'swatch',
			swatch: entry.swatch,
			x: pad,
			y: legendY + (size * LINE - sw.h) / 2,
			w: sw.w,
			h: sw.h
		});
		legendY = text('legend', label, pad + sw.w + 8 * u, legendY, legendW - sw.w - 8 * u, size);
	}
	if (spec.schematicNotice) {
		legendY += 6 * u;
		const start = items.length;
		const bottom = text(
			'notice',
			spec.schematicNotice,
			pad + 6 * u,
			legendY + 4 * u,
			legendW - 12 * u,
			12 * u,
			false,
			'#6b5200'
		);
		items.splice(start, 0, {
			kind: 'rect',
			x: pad,
			y: legendY,
			w: legendW,
			h: bottom - legendY + 4 * u,
			fill: '#fff4d6'
		});
		legendY = bottom + 4 * u;
	}

	let creditY = twoColumns ? y : legendY + 10 * u;
	creditY = text('heading', spec.creditsHeading, creditX, creditY, creditW, 14 * u, true);
	for (const credit of spec.credits)
		creditY = text('credit', credit, creditX, creditY, creditW, 11.5 * u, false, MUTED);

	y = Math.max(legendY, creditY) + 10 * u;
	y = text('citation', spec.citation, pad, y, width - 2 * pad, 12 * u, false, INK);
	const height = Math.ceil(y + pad);
	return {
		width,
		height,
		items: [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#ffffff' }, ...items]
	};
}

/** North arrow at the map's top right, scale bar at its bottom left, each on a white plate. */
function overlays(items: DrawItem[], spec: FigureSpec, mapTop: number, measure: Measure) {
	const u = spec.scale;
	const inset = 12 * u;
	const north = { w: 26 * u, h: 40 * u };
	const nx = spec.map.width - inset - north.w;
	items.push({
		kind: 'rect',
		x: nx - 4 * u,
		y: mapTop + inset - 4 * u,
		w: north.w + 8 * u,
		h: north.h + 8 * u,
		fill: 'rgba(255,255,255,0.85)'
	});
	const n = 13 * u;
	items.push({
		kind: 'text',
		role: 'north',
		text: 'N',
		x: nx + (north.w - measure('N', n, true)) / 2,
		y: mapTop + inset,
		w: measure('N', n, true),
		h: n * LINE,
		size: n,
		bold: true,
		color: INK
	});
	items.push({ kind: 'north', x: nx, y: mapTop + inset + n * LINE, w: north.w, h: north.h - n * LINE });

	const size = 12 * u;
	const bar = spec.scaleBar;
	const labelW = measure(bar.label, size);
	const barH = 6 * u;
	const plate = { w: Math.max(bar.px, labelW) + 16 * u, h: size * LINE + barH + 14 * u };
	const px = inset;
	const py = mapTop + spec.map.height - inset - plate.h;
	items.push({ kind: 'rect', x: px, y: py, w: plate.w, h: plate.h, fill: 'rgba(255,255,255,0.85)' });
	items.push({
		kind: 'text',
		role: 'scale',
		text: bar.label,
		x: px + 8 * u,
		y: py + 4 * u,
		w: labelW,
		h: size * LINE,
		size,
		bold: false,
		color: INK
	});
	items.push({ kind: 'scalebar', x: px + 8 * u, y: py + 6 * u + size * LINE, w: bar.px, h: barH });
}
