/** Fixed geographic choices of the basemap, in one place so the manifest can report them. */
import type { Bbox } from './gshhg';

/** Zhejiang (118.0–123.2°E, 27.0–31.2°N) with about a degree of context on each side. */
export const CONTEXT_BBOX: Bbox = [116.8, 26.0, 124.2, 32.2];

/** Hangzhou Bay and the Qiantang estuary up to Hangzhou, where the county polygons cover water. */
export const BAY_BBOX: Bbox = [119.9, 29.95, 121.95, 30.85];
/** A point certainly in the bay's open water (between Jiaxing's and Cixi's shores). */
export const BAY_SEED: [number, number] = [121.4, 30.45];

/** DCW state codes drawn as context, with the names the map shows. */
export const NEIGHBOURS = [
	{ code: 'CNSH', name: '上海市', name_en: 'Shanghai' },
	{ code: 'CNJS', name: '江苏省', name_en: 'Jiangsu' },
	{ code: 'CNAH', name: '安徽省', name_en: 'Anhui' },
	{ code: 'CNJX', name: '江西省', name_en: 'Jiangxi' },
	{ code: 'CNFJ', name: '福建省', name_en: 'Fujian' }
] as const;

/** GSHHG lakes the map names, told apart by where their centroid falls. */
export const NAMED_LAKES = [
	{ name: '千岛湖', name_en: 'Qiandao Lake', bbox: [118.7, 29.4, 119.3, 29.9] as Bbox },
	{ name: '太湖', name_en: 'Taihu Lake', bbox: [119.8, 30.9, 120.7, 31.6] as Bbox }
] as const;

/**
 * Water labels placed by hand (cartographic judgement, not a published position). The build
 * checks each lies in the sea polygon it names.
 */
export const WATER_LABELS = [
	{ name: '东海', name_en: 'East China Sea', at: [123.0, 28.6] as [number, number] },
	{ name: '杭州湾', name_en: 'Hangzhou Bay', at: [121.15, 30.42] as [number, number] }
] as const;

/** GSHHG river levels kept: 0 double-lined, 2–4 permanent rivers, 8 major canals (the Grand Canal). */
export const RIVER_LEVELS = [0, 1, 2, 3, 4, 8];
