/**
 * Declarative layout of the Qingyuan 百花岩 wind-farm bird monitoring (article qingyuan-gep-vep).
 * The article publishes only counts and a layout ("东西两个项目区域", "观测样线20余条", "红外观测样点24个");
 * the county bureau (2024) publishes where the farm runs. Every line below is placed on the high ground
 * that description fits in the SRTM tile, as read by ./analyse-terrain.ts (terrain.json); each number
 * says what it rests on, and everything drawn is a schematic reconstruction.
 */

/** Metres above sea level, SRTM (EGM96); inclusive. */
export type Band = [number, number];

export interface PartSpec {
	id: 'xianshan' | 'baihuayan';
	name_zh: string;
	name_en: string;
	/** The published elevation range of this part. */
	band_m: Band;
	basis: string;
}

export interface AreaSpec {
	area: 'east' | 'west';
	name_zh: string;
	name_en: string;
	/** Which crest of terrain.json the area is drawn around: the farm's spine (仙山 + 百花岩) or the east crest. */
	crest: 'spine' | 'east';
	/** The area: the crest widened by this much either side, then cut at the county outline. */
	half_width_km: number;
	transects: number;
	cameras: number;
	/** Elevation every sampled point of a transect must have. */
	transect_band_m: Band;
	/** Elevation a camera point must have. */
	camera_band_m: Band;
	basis: string;
}

export interface MonitoringSpec {
	/** PRNG seed: same spec, same file. */
	seed: number;
	idPrefix: string;
	terrainBasis: string;
	north: PartSpec;
	gorge: { name_zh: string; basis: string };
	south: PartSpec;
	areas: AreaSpec[];
	transect: {
		min_km: number;
		max_km: number;
		/** A transect is a stretch of the crest moved sideways by up to this much, onto the slope. */
		max_offset_km: number;
		basis: string;
	};
	camera: { min_spacing_m: number; basis: string };
	/** Tolerance (degrees) for simplifying the crests drawn as the wind farm. */
	simplify_deg: number;
	/** Source lines, published vs reconstructed, one per kind. */
	sources: Record<'wind-farm' | 'project-area' | 'transect' | 'camera', string>;
}

const BUREAU = '庆元县发改局 2024-12-12 (reply to NPC suggestion no. 163, zjqy.gov.cn)';
const TERRAIN = 'geo/monitoring/terrain.json (SRTM3, analyse-terrain.ts)';

export const QINGYUAN_SPEC: MonitoringSpec = {
	seed: 20230401,
	idPrefix: 'qingyuan',
	terrainBasis:
		`Fact (${BUREAU}): the farm is in the mountains of 濛洲街道, 五大堡乡, 安南乡 and 举水乡, runs roughly north–south ` +
		`and is split by the 石梯岭 gorge. Reading (${TERRAIN}): the farm's spine is the highest-ground path from 仙山's ` +
		'top to the 双苗尖 summit pair on the Fujian border; its deepest col is taken as the gorge.',
	north: {
		id: 'xianshan',
		name_zh: '仙山',
		name_en: 'Xianshan',
		band_m: [1200, 1510],
		basis:
			`Fact (${BUREAU}): 仙山 is the northern part, 1200–1510 m. Reading (${TERRAIN}): the summit nearest 1510 m in ` +
			'the four townships (1508 m); drawn from it south to the gorge.'
	},
	gorge: {
		name_zh: '石梯岭',
		basis: `Fact (${BUREAU}): the 石梯岭 gorge splits the farm. Reading (${TERRAIN}): the spine's deepest col (1115 m).`
	},
	south: {
		id: 'baihuayan',
		name_zh: '百花岩',
		name_en: 'Baihuayan',
		band_m: [1200, 1600],
		basis:
			`Fact (${BUREAU}): 百花岩 is a ridge of about 14 km, 1200–1600 m, in the centre and south. Reading (${TERRAIN}): ` +
			'the spine from the gorge to the 双苗尖 pair measures 14.8 km and tops out at 1571 m.'
	},
	areas: [
		{
			area: 'west',
			name_zh: '西部项目区域',
			name_en: 'West project area',
			crest: 'spine',
			half_width_km: 1.2,
			transects: 11,
			cameras: 12,
			transect_band_m: [1000, 1600],
			camera_band_m: [1200, 1600],
			basis:
				`Fact (article): an east and a west project area; (${BUREAU}) the west substation is reached by road. ` +
				'Judgement: the west area is the 仙山–百花岩 spine, 1.2 km either side of its crest (turbines stand on the ' +
				'crest; plots reach down its slopes), cut at the county outline.'
		},
		{
			area: 'east',
			name_zh: '东部项目区域',
			name_en: 'East project area',
			crest: 'east',
			half_width_km: 1.2,
			transects: 11,
			cameras: 12,
			transect_band_m: [1000, 1600],
			camera_band_m: [1200, 1600],
			basis:
				`Fact (${BUREAU}): phase II turbines are mainly in the east area, touching 岭头乡. Reading (${TERRAIN}): the ` +
				'east crest, from the highest summit east of the spine within 7 km of 岭头乡’s centre (1436 m) to the ≥1300 m ' +
				'summit nearest that centre. Judgement: 1.2 km either side of it.'
		}
	],
	transect: {
		min_km: 1,
		max_km: 2.5,
		max_offset_km: 0.5,
		basis:
			'Judgement: walking bird transects of 1–2.5 km that follow the crest or run along the slope up to 0.5 km off ' +
			'it, never below 1000 m; lengths and routes are not published. Count: "20余条" read as 22 (11 per area); ' +
			'the exact number and the split are not published.'
	},
	camera: {
		min_spacing_m: 400,
		basis:
			'Fact (article): 24 infrared points. Judgement: 12 per area, at least 400 m apart, at elevations inside the ' +
			'published 1200–1600 m; positions and split not published.'
	},
	simplify_deg: 0.0004,
	sources: {
		'wind-farm': `Published (${BUREAU}): N–S farm in the mountains of 濛洲街道, 五大堡乡, 安南乡 and 举水乡; 石梯岭 gorge splits it into 仙山 (north, 1200–1510 m) and 百花岩 (ridge ≈14 km, 1200–1600 m). Reconstructed: the crest line, read off SRTM elevation (${TERRAIN}). Phase II turbines (east area) not drawn.`,
		'project-area': `Published (article): bird-biodiversity plots in an east and a west project area; (${BUREAU}) phase II mainly in the east area, touching 岭头乡. Reconstructed: outline, 1.2 km either side of the crests read off SRTM elevation.`,
		transect:
			'Published (article): "观测样线20余条" across the two areas; the exact number, split and routes are not published. ' +
			'Reconstructed: 22 drawn (11 per area), seeded stretches of the crest or of its slope, 1000–1600 m.',
		camera:
			'Published (article): "红外观测样点24个" in the two areas; positions and split not published. Reconstructed: 12 per ' +
			'area by seeded random placement at 1200–1600 m (the published range).'
	}
};
