/**
 * Builds static/data/sites.geojson from the place rules in ./places.ts.
 * Run: npx tsx geo/sites/build.ts   (reads only installed npm data; no network)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, ArticlesFile, SitesFile } from '../../src/lib/data/types';
import { loadGazetteer } from './gazetteer';
import { PLACES } from './places';
import { withMentions } from './mentions';
import { resolvePlaces } from './resolve';
import type { PlaceSpec } from './spec';

export const SITES_PATH = fileURLToPath(new URL('../../static/data/sites.geojson', import.meta.url));
/** Built before the sites (geo/build.ts runs the articles step first): paragraphs are counted in it. */
const ARTICLES_PATH = fileURLToPath(new URL('../../static/data/articles.json', import.meta.url));

const readArticles = (): Article[] =>
	(JSON.parse(readFileSync(ARTICLES_PATH, 'utf8')) as ArticlesFile).articles;

export function buildSites(places: PlaceSpec[] = PLACES, articles: Article[] = readArticles()): SitesFile {
	const geonameIds = new Set(
		places.flatMap((p) => [
			...(p.locate.by === 'geonames'
				? [p.locate.geonameid]
				: p.locate.by === 'geonames-mean'
					? p.locate.seats.map((s) => s.geonameid)
					: []),
			...(p.crosscheck?.check.by === 'geonames' ? [p.crosscheck.check.geonameid] : [])
		])
	);
	const villageCodes = new Set(places.flatMap((p) => (p.division.length === 12 ? [p.division] : [])));
	const features = withMentions(resolvePlaces(places, loadGazetteer(geonameIds, villageCodes)), articles);
	return { type: 'FeatureCollection', features };
}

/** One feature per line: diffs of a rebuild show which place moved. */
export function serialiseSites(file: SitesFile): string {
	const lines = file.features.map((f) => '\t' + JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const file = buildSites();
	writeFileSync(SITES_PATH, serialiseSites(file));
	for (const f of file.features) {
		const c = f.properties.crosscheck;
		if (!c) continue;
		const beyond = c.distance_m > f.properties.precision_m;
		const flag = beyond ? `  BEYOND precision; the point's own source wins: ${c.disagree}` : '';
		console.log(
			`  ${f.properties.id}: ${c.distance_m} m from the second source (precision ${f.properties.precision_m} m)${flag}`
		);
	}
	const coarse = file.features.filter((f) => f.properties.precision_m > 2000).length;
	console.log(`sites: ${file.features.length} places → ${SITES_PATH} (${coarse} coarser than 2 km)`);
}
