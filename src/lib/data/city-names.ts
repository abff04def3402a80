/**
 * English names of the prefecture-level cities the sites name, for the English UI (the legend); the
 * data keeps the Chinese. Zhejiang's eleven, plus the one partner city outside it.
 */
export const CITY_NAMES_EN: Record<string, string> = {
	杭州市: 'Hangzhou',
	宁波市: 'Ningbo',
	温州市: 'Wenzhou',
	嘉兴市: 'Jiaxing',
	湖州市: 'Huzhou',
	绍兴市: 'Shaoxing',
	金华市: 'Jinhua',
	衢州市: 'Quzhou',
	舟山市: 'Zhoushan',
	台州市: 'Taizhou',
	丽水市: 'Lishui',
	重庆市: 'Chongqing'
};
