/** One colour per prefecture-level city, distinguishable on the pale basemap (ColorBrewer Dark2/Set1). */
export const CITY_COLORS: Record<string, string> = {
	宁波市: '#d95f02',
	杭州市: '#7570b3',
	丽水市: '#1b9e77',
	湖州市: '#e7298a',
	温州市: '#66a61e',
	衢州市: '#a6761d',
	嘉兴市: '#e6ab02',
	绍兴市: '#377eb8',
	金华市: '#984ea3',
	台州市: '#a65628',
	舟山市: '#4daf4a'
};
export const OTHER_COLOR = '#666666';

/** A MapLibre `match` expression on the `city` property. */
export function cityColorExpression(): unknown[] {
	return ['match', ['get', 'city'], ...Object.entries(CITY_COLORS).flat(), OTHER_COLOR];
}
