/**
 * The legend of a figure: one entry per kind of thing the rendered map actually draws (read back
 * from it with queryRenderedFeatures), so the legend never lists what is toggled off or out of view.
 */
import { CITY_NAMES_EN } from '../data/city-names';
import { CITY_COLORS, OTHER_COLOR } from '../map/city-colors';

export interface Bilingual {
	zh: string;
	en: string;
}

/** How a swatch is drawn: a dot, a line (dashed or not), an area. */
export type Swatch =
	| { kind: 'dot'; color: string }
	| { kind: 'line'; color: string; dashed: boolean }
	| { kind: 'area'; color: string; dashed: boolean };

export interface LegendEntry {
	swatch: Swatch;
	label: Bilingual;
	/** How many features of it are in view (sites of a city); absent when a count says nothing. */
	count?: number;
	schematic?: boolean;
}

/** One rendered feature: the layer that drew it and the properties the legend reads. */
export interface RenderedFeature {
	layer: string;
	properties: Record<string, unknown>;
}

/** Map layers the legend explains, in legend order, with their labels and swatch shapes. */
const LAYER_ENTRIES: {
	layer: string;
	label: Bilingual;
	swatch: (color: string) => Swatch;
	schematic?: boolean;
}[] = [
	{
		layer: 'site-precision-all',
		label: { zh: '位置精度圈（precision_m）', en: 'Precision of a position (precision_m)' },
		swatch: (color) => ({ kind: 'line', color, dashed: true })
	},
	{
		layer: 'connection-arc',
		label: { zh: '案例与合作地点之间的连线', en: 'Arcs from a case to the places it works with' },
		swatch: (color) => ({ kind: 'line', color, dashed: false })
	},
	{
		layer: 'monitoring-area-fill-east',
		label: { zh: '东项目区（示意）', en: 'East project area (schematic)' },
		swatch: (color) => ({ kind: 'area', color, dashed: true }),
		schematic: true
	},
	{
		layer: 'monitoring-area-fill-west',
		label: { zh: '西项目区（示意）', en: 'West project area (schematic)' },
		swatch: (color) => ({ kind: 'area', color, dashed: true }),
		schematic: true
	},
	{
		layer: 'monitoring-wind-farm',
		label: { zh: '风电场（示意）', en: 'Wind farm (schematic)' },
		swatch: (color) => ({ kind: 'line', color, dashed: false }),
		schematic: true
	},
	{
		layer: 'monitoring-transect',
		label: { zh: '鸟类观测样线（示意）', en: 'Bird transects (schematic)' },
		swatch: (color) => ({ kind: 'line', color, dashed: true }),
		schematic: true
	},
	{
		layer: 'monitoring-camera',
		label: { zh: '红外观测样点（示意）', en: 'Infrared camera points (schematic)' },
		swatch: (color) => ({ kind: 'dot', color }),
		schematic: true
	},
	{
		layer: 'monitoring-camera-cell-fill',
		label: { zh: '相机所在的 1 公里网格（示意）', en: 'A camera’s 1 km cell (schematic)' },
		swatch: (color) => ({ kind: 'area', color, dashed: true }),
		schematic: true
	}
];

/**
 * @param colorOf the constant colour a layer paints with (read from the style), or null
 */
export function legendFor(
	features: readonly RenderedFeature[],
	colorOf: (layer: string) => string | null
): LegendEntry[] {
	const sites = new Map<string, Set<unknown>>();
	for (const f of features)
		if (f.layer === 'site-circle') {
			const city = String(f.properties.city ?? '');
			sites.set(city, (sites.get(city) ?? new Set()).add(f.properties.id));
		}
	const entries: LegendEntry[] = [...sites].map(([city, ids]) => ({
		swatch: { kind: 'dot', color: CITY_COLORS[city] ?? OTHER_COLOR },
		label: { zh: city, en: CITY_NAMES_EN[city] ?? city },
		count: ids.size
	}));
	if (features.some((f) => f.layer === 'site-cluster'))
		entries.push({
			swatch: { kind: 'dot', color: colorOf('site-cluster') ?? OTHER_COLOR },
			label: { zh: '地点群（数字为地点数）', en: 'Cluster of sites (the number says how many)' }
		});
	for (const { layer, label, swatch, schematic } of LAYER_ENTRIES)
		if (features.some((f) => f.layer === layer))
			entries.push({
				swatch: swatch(colorOf(layer) ?? OTHER_COLOR),
				label,
				...(schematic ? { schematic } : {})
			});
	return entries;
}
