/**
 * Synthetic sites for the performance bench: many valid points over Zhejiang, so the app can be fed
 * 1 000–100 000 sites without touching the real data. Every feature says it is synthetic in its source
 * and note; none of them is a real place. Deterministic: the same n and seed give the same file.
 */
import { ARTICLE_IDS, type SiteFeature, type SitesFile } from '../../src/lib/data/types';
import { seededRandom } from '../lib/random';

/** Zhejiang's rough bounding box (WGS84), as used by the bench brief. */
export const ZHEJIANG_BBOX = { west: 118, south: 27, east: 123, north: 31.2 } as const;

/** Real prefecture names, so the app's city colour expression takes its usual branches. */
const CITIES = [
	'杭州市',
	'宁波市',
	'温州市',
	'嘉兴市',
	'湖州市',
	'绍兴市',
	'金华市',
	'衢州市',
	'舟山市',
	'台州市',
	'丽水市'
];

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function syntheticSites(n: number, seed = 20240601): SitesFile {
	const random = seededRandom(seed);
	const { west, south, east, north } = ZHEJIANG_BBOX;
	const features: SiteFeature[] = [];
	for (let i = 0; i < n; i++) {
		const id = `synthetic-${String(i).padStart(6, '0')}`;
		const lng = round6(west + random() * (east - west));
		const lat = round6(south + random() * (north - south));
		features.push({
			type: 'Feature',
			properties: {
				id,
				name_zh: `合成点${i}`,
				name_en: `Synthetic site ${i}`,
				article: ARTICLE_IDS[i % ARTICLE_IDS.length]!,
				city: CITIES[Math.floor(random() * CITIES.length)]!,
				county: '合成县',
				precision_m: 1000,
				source: 'synthetic: geo/synthetic/sites.ts, for the performance bench only',
				source_crs: 'WGS84',
				note: 'Not a real place: a uniformly random point in the bounding box of Zhejiang.'
			},
			geometry: { type: 'Point', coordinates: [lng, lat] }
		});
	}
	return { type: 'FeatureCollection', features };
}
