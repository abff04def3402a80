/**
 * Declarative layout of the Qingyuan 百花岩 wind-farm bird monitoring (article qingyuan-gep-vep).
 * The article publishes only counts and a layout ("东西两个项目区域", "观测样线20余条", "红外观测样点24个");
 * every position below is a reconstruction, and each number says what it rests on.
 */

export interface Anchor {
	/** GeoNames id in cities500; build.ts checks the pinned position against the gazetteer. */
	geonameid: number;
	name_zh: string;
	name_en: string;
	lat: number;
	lng: number;
	basis: string;
}

/** A point given as an offset from the ridge centre, so the layout moves as one if the anchors change. */
export interface Offset {
	east_km: number;
	north_km: number;
}

export interface RidgeSegment {
	id: string;
	name_zh: string;
	name_en: string;
	length_km: number;
	basis: string;
}

export interface AreaSpec {
	area: 'east' | 'west';
	name_zh: string;
	name_en: string;
	centre: Offset;
	/** Ellipse semi-axes: east–west and north–south. */
	semi_axes_km: { ew: number; ns: number };
	transects: number;
	cameras: number;
	basis: string;
}

export interface MonitoringSpec {
	/** PRNG seed: same spec, same file. */
	seed: number;
	idPrefix: string;
	anchors: Record<string, Anchor>;
	ridge: {
		/** Anchor keys whose mean position, moved by `shift`, is the ridge centre. */
		centreOf: string[];
		basis: string;
		shift: Offset;
		shiftBasis: string;
		/** North to south: segment, gap (the gorge), segment. */
		north: RidgeSegment;
		gorge: { name_zh: string; width_km: number; basis: string };
		south: RidgeSegment;
	};
	areas: AreaSpec[];
	transect: { min_km: number; max_km: number; max_turn_deg: number; basis: string };
	camera: { min_spacing_m: number; basis: string };
	/** Source lines, published vs reconstructed, one per kind. */
	sources: Record<'wind-farm' | 'project-area' | 'transect' | 'camera', string>;
}

const FACTS_2024 = '庆元县发改局 2024';

export const QINGYUAN_SPEC: MonitoringSpec = {
	seed: 20230401,
	idPrefix: 'qingyuan',
	anchors: {
		countySeat: {
			geonameid: 1793952,
			name_zh: '庆元县城 (松源)',
			name_en: 'Qingyuan county seat (Songyuan)',
			lat: 27.62167,
			lng: 119.05917,
			basis:
				'GeoNames PPLA3 "Songyuan" (alt. 庆元县). 濛洲街道 is not in cities500: it is the county-seat subdistrict, so the seat stands for it.'
		},
		wudabao: {
			geonameid: 1791324,
			name_zh: '五大堡乡',
			name_en: 'Wudabao',
			lat: 27.60782,
			lng: 119.1693,
			basis: 'GeoNames PPLA4 五大堡乡, east of the seat.'
		},
		annan: {
			geonameid: 1918588,
			name_zh: '安南乡',
			name_en: 'Annan',
			lat: 27.50774,
			lng: 119.05474,
			basis: 'GeoNames PPLA4 安南乡, south of the seat.'
		},
		jushui: {
			geonameid: 1804904,
			name_zh: '举水乡',
			name_en: 'Jushui',
			lat: 27.49583,
			lng: 119.17389,
			basis: 'GeoNames PPLA4 举水乡, south-east of the seat.'
		},
		lingtou: {
			geonameid: 1918647,
			name_zh: '岭头乡',
			name_en: 'Lingtou',
			lat: 27.55251,
			lng: 119.24622,
			basis: 'GeoNames PPLA4 岭头乡 (the one in Lishui, admin2 3311), east of Wudabao.'
		}
	},
	ridge: {
		centreOf: ['countySeat', 'wudabao', 'annan', 'jushui'],
		basis:
			`Fact (${FACTS_2024}): the farm runs north–south in the mountains of 濛洲街道, 五大堡乡, 安南乡 and 举水乡. ` +
			'Judgement: a N–S ridge shared by all four lies between the western pair (seat, 安南) and the eastern pair ' +
			'(五大堡, 举水), so its centre is the mean of the four seats.',
		shift: { east_km: 0, north_km: 3 },
		shiftBasis:
			'Judgement: centred on the mean, the 19 km ridge and its area would cross the Fujian border (≈27.48°N at ' +
			'this longitude in the echarts county outline); 3 km north keeps all of it inside 庆元县.',
		north: {
			id: 'xianshan',
			name_zh: '仙山',
			name_en: 'Xianshan',
			length_km: 4,
			basis: `Fact (${FACTS_2024}): 仙山 is the northern part, 1200–1510 m. Judgement: 4 km; its length is not published.`
		},
		gorge: {
			name_zh: '石梯岭',
			width_km: 1,
			basis: `Fact (${FACTS_2024}): the 石梯岭 gorge splits the farm. Judgement: 1 km wide; not published.`
		},
		south: {
			id: 'baihuayan',
			name_zh: '百花岩',
			name_en: 'Baihuayan',
			length_km: 14,
			basis: `Fact (${FACTS_2024}): 百花岩 is a ridge of about 14 km, 1200–1600 m, south of the gorge.`
		}
	},
	areas: [
		{
			area: 'west',
			name_zh: '西部项目区域',
			name_en: 'West project area',
			centre: { east_km: 0, north_km: 0 },
			semi_axes_km: { ew: 2.5, ns: 11 },
			transects: 11,
			cameras: 12,
			basis:
				'Fact (article): an east and a west project area. Judgement: the west area is the main 仙山–百花岩 ridge ' +
				'(19 km with the gorge), an ellipse 11 km north–south so the ridge ends lie inside, 2.5 km either side.'
		},
		{
			area: 'east',
			name_zh: '东部项目区域',
			name_en: 'East project area',
			centre: { east_km: 7.5, north_km: -3 },
			semi_axes_km: { ew: 4, ns: 4 },
			transects: 11,
			cameras: 12,
			basis:
				`Fact (${FACTS_2024}): phase II turbines are mainly in the east area, touching 岭头乡. Judgement: an ` +
				"ellipse 3.5–11.5 km east of the ridge level with the seats' mean, stopping short of the 岭头 seat (13 km east) and clear of the " +
				'五大堡 and 举水 seats.'
		}
	],
	transect: {
		min_km: 1,
		max_km: 2.5,
		max_turn_deg: 35,
		basis:
			'Judgement: walking bird transects of 1–2.5 km with one bend; lengths and routes are not published. ' +
			'Count: "20余条" read as 22 (11 per area); the exact number and the split are not published.'
	},
	camera: {
		min_spacing_m: 400,
		basis:
			'Fact (article): 24 infrared points. Judgement: 12 per area, at least 400 m apart; positions and split not published.'
	},
	sources: {
		'wind-farm':
			'Published (庆元县发改局 2024): N–S farm in the mountains of 濛洲街道, 五大堡乡, 安南乡 and 举水乡; 石梯岭 gorge splits it ' +
			'into 仙山 (north, 1200–1510 m) and 百花岩 (ridge ≈14 km, 1200–1600 m). Reconstructed: line position between the ' +
			'GeoNames seats, 仙山 length and gorge width. Phase II turbines (east area) not drawn.',
		'project-area':
			'Published (article): bird-biodiversity plots in an east and a west project area; (庆元县发改局 2024) phase II ' +
			'mainly in the east area, touching 岭头乡. Reconstructed: outline, size and position.',
		transect:
			'Published (article): "观测样线20余条" across the two areas; the exact number, split and routes are not published. ' +
			'Reconstructed: 22 drawn (11 per area) by seeded random placement.',
		camera:
			'Published (article): "红外观测样点24个" in the two areas; positions and split not published. Reconstructed: 12 per ' +
			'area by seeded random placement.'
	}
};
