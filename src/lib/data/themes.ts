/**
 * How the six cases are grouped for filtering: by the city they happen in and by their theme.
 * Keys are URL-safe (they appear in `city=` and `theme=`); labels are for the UI.
 */
import type { ArticleId } from './types';

export const CITY_KEYS = ['hangzhou', 'ningbo', 'huzhou', 'lishui'] as const;
export type CityKey = (typeof CITY_KEYS)[number];

export const THEME_KEYS = [
	'enforcement',
	'industrial-community',
	'ai-united-front',
	'ecological-accounting',
	'party-mass-services',
	'task-forces'
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export const CITY_LABELS: Record<CityKey, { zh: string; en: string }> = {
	hangzhou: { zh: '杭州', en: 'Hangzhou' },
	ningbo: { zh: '宁波', en: 'Ningbo' },
	huzhou: { zh: '湖州', en: 'Huzhou' },
	lishui: { zh: '丽水', en: 'Lishui' }
};

export const THEME_LABELS: Record<ThemeKey, { zh: string; en: string }> = {
	enforcement: { zh: '综合执法', en: 'Law enforcement' },
	'industrial-community': { zh: '产业社区', en: 'Industrial community' },
	'ai-united-front': { zh: '人工智能与统战', en: 'AI and united front' },
	'ecological-accounting': { zh: '生态核算', en: 'Ecological accounting' },
	'party-mass-services': { zh: '党群服务', en: 'Party-mass services' },
	'task-forces': { zh: '项目专班', en: 'Project task forces' }
};

/** The city (where the case happens, not its partners) and the theme of each case. */
export const CASE_FACETS: Record<ArticleId, { city: CityKey; theme: ThemeKey }> = {
	'beilun-enforcement': { city: 'ningbo', theme: 'enforcement' },
	'jiangbei-118-community': { city: 'ningbo', theme: 'industrial-community' },
	'yuhang-ai-tongxinhui': { city: 'hangzhou', theme: 'ai-united-front' },
	'qingyuan-gep-vep': { city: 'lishui', theme: 'ecological-accounting' },
	'yuhang-party-mass-centres': { city: 'hangzhou', theme: 'party-mass-services' },
	'anji-xiaoyuan-task-forces': { city: 'huzhou', theme: 'task-forces' }
};

/** A case passes when it matches any selected city and any selected theme; null selects all. */
export function caseMatches(
	id: ArticleId,
	cities: readonly CityKey[] | null,
	themes: readonly ThemeKey[] | null
): boolean {
	const { city, theme } = CASE_FACETS[id];
	return (!cities || cities.includes(city)) && (!themes || themes.includes(theme));
}
