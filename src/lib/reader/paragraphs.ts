/**
 * Which paragraphs of its article name a site. The data may list them (`paragraphs`); where it does
 * not, they are the paragraphs where the reader links a printed name to this site, found by the same
 * longest-name-wins rule (so 梅山街道综合行政执法队 does not count for a site named 梅山街道 alone).
 */
import type { Article, SiteProperties } from '../data/types';
import { linkPlaces, type PlaceName } from './link-places';

export function paragraphsNaming(
	site: SiteProperties,
	article: Article | undefined,
	/** The printed names of every site of the article, as the reader links them. */
	names: PlaceName[]
): number[] {
	if (site.paragraphs?.length) return [...new Set(site.paragraphs)].sort((a, b) => a - b);
	if (!article) return [];
	return article.paragraphs.flatMap((text, i) =>
		linkPlaces(text, names).some((segment) => segment.site === site.id) ? [i + 1] : []
	);
}

/** The printed names of an article's sites, for linking and for the lookup above. */
export function placeNamesOf(sites: { properties: SiteProperties }[], article: string | null): PlaceName[] {
	return sites
		.filter((f) => f.properties.article === article)
		.flatMap((f) =>
			[f.properties.name_zh, ...(f.properties.aliases ?? [])].map((alias) => ({
				alias,
				site: f.properties.id
			}))
		);
}

/** A site's English name without the note in brackets: "Qingyuan County (seat)" → "Qingyuan County". */
export function englishName(nameEn: string): string {
	return nameEn.replace(/\s*\([^()]*\)$/u, '').trim();
}

/**
 * The English names of an article's sites, for linking the translation: each site's `name_en`, and
 * the translation's renderings of printed names that differ from it (前江 → "Qianjiang").
 */
export function englishPlaceNamesOf(
	sites: { properties: SiteProperties }[],
	article: string | null,
	renderings: readonly { site: string; en: string }[]
): PlaceName[] {
	const ids = new Set<string>();
	const names = sites
		.filter((f) => f.properties.article === article)
		.map((f) => {
			ids.add(f.properties.id);
			return { alias: englishName(f.properties.name_en), site: f.properties.id };
		});
	return [...names, ...renderings.filter((r) => ids.has(r.site)).map((r) => ({ alias: r.en, site: r.site }))];
}
