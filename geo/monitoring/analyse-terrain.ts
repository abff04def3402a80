/**
 * Where the published description of the 百花岩 wind farm (庆元县发改局, 2024-12-12, reply to NPC
 * suggestion no. 163) lies on the SRTM tile. The description: the farm is in the mountains of 濛洲街道,
 * 五大堡乡, 安南乡 and 举水乡, runs roughly north–south, and the 石梯岭 gorge splits it into 仙山 (north,
 * 1200–1510 m) and 百花岩 (centre and south, a ridge of about 14 km at 1200–1600 m); phase II is mainly
 * in the east area, touching 岭头乡. 双苗尖 is named only in a photo caption.
 *
 * Run: npx tsx geo/monitoring/analyse-terrain.ts — writes geo/monitoring/terrain.json, which the
 * monitoring spec and the sites cite; tests/unit/monitoring-terrain.test.ts reruns it against that file.
 * Root dependencies only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { loadAdcode } from '../lib/adcode';
import type { LngLat } from '../lib/datum';
import { loadDem, type Dem } from '../lib/dem';
import { elevationRange, lengthKm, lowestIndex, ridgePath, summits, type Box, type Summit } from './terrain';

export const TERRAIN_PATH = fileURLToPath(new URL('./terrain.json', import.meta.url));
const BASEMAP = fileURLToPath(new URL('../../static/basemap/zhejiang.topojson', import.meta.url));

export interface Crest {
	path: LngLat[];
	length_km: number;
	elevation_m: [number, number];
}
export interface TerrainAnalysis {
	source: string;
	/** The four townships' Amap centres and 岭头乡's (Vonng/adcode, CC BY 4.0), WGS84. */
	towns: Record<string, LngLat>;
	/** Search box: the four townships' centres, widened by 0.03° (about 3 km). */
	box: Box;
	shuangmiaojian: { peaks: [Summit, Summit]; separation_m: number; rule: string };
	xianshan: { summit: Summit; crest: Crest; rule: string };
	gorge: Summit & { rule: string };
	baihuayan: { crest: Crest; rule: string };
	east: { crest: Crest; rule: string };
}

const FARM_TOWNS = ['濛洲街道', '五大堡乡', '安南乡', '举水乡'];
const round1 = (v: number) => Math.round(v * 10) / 10;

function crest(dem: Dem, path: LngLat[]): Crest {
	return { path, length_km: round1(lengthKm(path)), elevation_m: elevationRange(dem, path) };
}

export function analyseQingyuan(
	dem: Dem,
	county: Feature<Polygon | MultiPolygon>,
	towns: Record<string, LngLat>
): TerrainAnalysis {
	const farm = FARM_TOWNS.map((t) => towns[t]!);
	const pad = 0.03;
	const box: Box = {
		west: Math.min(...farm.map((p) => p[0])) - pad,
		east: Math.max(...farm.map((p) => p[0])) + pad,
		south: Math.min(...farm.map((p) => p[1])) - pad,
		north: Math.max(...farm.map((p) => p[1])) + pad
	};
	// The outline is simplified and the border runs along these summits: 300 m of slack keeps a border
	// peak from flipping in or out when the basemap is rebuilt.
	const inCounty = (s: Summit) => pointToPolygonDistance(s.lngLat, county, { units: 'meters' }) <= 300;
	const tops = summits(dem, box, 1200).filter(inCounty);

	// 双苗尖: two close peaks of 1500–1600 m by the Fujian border — the closest such pair within 1 km of it.
	const border = tops.filter(
		(s) =>
			s.elevation_m >= 1500 &&
			s.elevation_m <= 1600 &&
			-pointToPolygonDistance(s.lngLat, county, { units: 'meters' }) <= 1000
	);
	let pair: [Summit, Summit] | null = null;
	for (const [i, a] of border.entries())
		for (const b of border.slice(i + 1))
			if (!pair || distance(a.lngLat, b.lngLat) < distance(pair[0].lngLat, pair[1].lngLat))
				pair = a.lngLat[1] > b.lngLat[1] ? [a, b] : [b, a];
	if (!pair) throw new Error('terrain: no pair of 1500–1600 m summits within 1 km of the county border');

	// 仙山: the summit of the box whose height is nearest its published top, 1510 m.
	const xianshanTop = [...tops].sort(
		(a, b) => Math.abs(a.elevation_m - 1510) - Math.abs(b.elevation_m - 1510)
	)[0]!;
	// The farm's spine: the highest-ground path from 仙山's top to 双苗尖's northern peak; its deepest col
	// is where a gorge cuts across (石梯岭), splitting 仙山 (north) from 百花岩 (south).
	const spine = ridgePath(dem, xianshanTop.lngLat, pair[0].lngLat, box);
	const col = lowestIndex(dem, spine);
	const south = [...spine.slice(col), ...ridgePath(dem, pair[0].lngLat, pair[1].lngLat, box).slice(1)];

	// East area (phase II, touching 岭头乡): from the highest summit east of the spine within 7 km of
	// 岭头乡's centre to the ≥1300 m summit nearest that centre.
	const spineEast = Math.max(...[...spine, ...south].map((p) => p[0]));
	const lingtou = towns['岭头乡']!;
	const eastBox: Box = { ...box, east: lingtou[0] + pad };
	const eastTops = summits(dem, eastBox, 1300).filter(
		(s) => inCounty(s) && s.lngLat[0] > spineEast && distance(s.lngLat, lingtou) <= 7
	);
	const eastTop = [...eastTops].sort((a, b) => b.elevation_m - a.elevation_m)[0]!;
	const nearLingtou = [...eastTops].sort(
		(a, b) => distance(a.lngLat, lingtou) - distance(b.lngLat, lingtou)
	)[0]!;

	return {
		source:
			'SRTM3 tile N27E119 (geo/sources/dem, public domain; WGS84, EGM96 metres), read by geo/lib/dem.ts; ' +
			'analysis geo/monitoring/analyse-terrain.ts',
		towns,
		box,
		shuangmiaojian: {
			peaks: pair,
			separation_m: Math.round(distance(pair[0].lngLat, pair[1].lngLat, { units: 'meters' })),
			rule: 'the closest pair of summits of 1500–1600 m inside 庆元县 and within 1 km of its outline (the Fujian border)'
		},
		xianshan: {
			summit: xianshanTop,
			crest: crest(dem, spine.slice(0, col + 1)),
			rule: 'the summit in the four townships nearest the published top of 1510 m; crest from it south to the gorge'
		},
		gorge: {
			lngLat: spine[col]!,
			elevation_m: Math.round(dem.at(...spine[col]!)!),
			rule: 'the deepest col on the highest-ground path from 仙山’s top to 双苗尖'
		},
		baihuayan: {
			crest: crest(dem, south),
			rule: 'the highest-ground path from the gorge south to 双苗尖’s northern peak and on to its southern one'
		},
		east: {
			crest: crest(dem, ridgePath(dem, eastTop.lngLat, nearLingtou.lngLat, eastBox)),
			rule: 'the highest-ground path from the highest summit east of the spine within 7 km of 岭头乡’s centre to the ≥1300 m summit nearest that centre'
		}
	};
}

export function qingyuanInputs(): { county: Feature<Polygon | MultiPolygon>; towns: Record<string, LngLat> } {
	const topo = JSON.parse(readFileSync(BASEMAP, 'utf8')) as Topology;
	const fc = feature(topo, topo.objects.counties as GeometryObject) as unknown as {
		features: Feature<Polygon | MultiPolygon, { adcode: string }>[];
	};
	const county = fc.features.find((f) => f.properties.adcode === '331126');
	if (!county) throw new Error(`${BASEMAP}: no county 331126 庆元县`);
	const towns: Record<string, LngLat> = {};
	for (const e of loadAdcode())
		if (e.county === '庆元县' && e.level === 'town' && e.wgs84) towns[e.name] = e.wgs84;
	for (const t of [...FARM_TOWNS, '岭头乡'])
		if (!towns[t]) throw new Error(`adcode: no position for 庆元县 ${t}`);
	return {
		county,
		towns: Object.fromEntries([...FARM_TOWNS, '岭头乡'].map((t) => [t, towns[t]!]))
	};
}

export const analyseFromSources = (): TerrainAnalysis => {
	const { county, towns } = qingyuanInputs();
	return analyseQingyuan(loadDem(), county, towns);
};

export const serialiseTerrain = (t: TerrainAnalysis) => JSON.stringify(t, null, '\t') + '\n';

export function readTerrain(): TerrainAnalysis {
	return JSON.parse(readFileSync(TERRAIN_PATH, 'utf8')) as TerrainAnalysis;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const t = analyseFromSources();
	writeFileSync(TERRAIN_PATH, serialiseTerrain(t));
	const [n, s] = t.shuangmiaojian.peaks;
	const c = (x: Crest) => `${x.length_km} km, ${x.elevation_m[0]}–${x.elevation_m[1]} m`;
	console.log(`terrain → ${TERRAIN_PATH}`);
	console.log(
		`  双苗尖 pair: ${n.elevation_m} m at ${n.lngLat}, ${s.elevation_m} m at ${s.lngLat}, ${t.shuangmiaojian.separation_m} m apart`
	);
	console.log(
		`  仙山 top ${t.xianshan.summit.elevation_m} m at ${t.xianshan.summit.lngLat}; crest to the gorge ${c(t.xianshan.crest)}`
	);
	console.log(`  石梯岭 gorge (deepest col) ${t.gorge.elevation_m} m at ${t.gorge.lngLat}`);
	console.log(`  百花岩 crest ${c(t.baihuayan.crest)} (published: about 14 km, 1200–1600 m)`);
	console.log(`  east crest ${c(t.east.crest)}`);
}
