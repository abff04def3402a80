/**
 * Which paragraphs and figure captions of its article name each place, found the way the reader links
 * them (longest alias wins), so a listed paragraph is one where the reader really shows a link.
 * Pure: the build hands it articles.json; tests hand it fixtures.
 */
import { linkPlaces, type PlaceName } from '../../src/lib/reader/link-places';
import type { Article, SiteFeature } from '../../src/lib/data/types';

export interface Mentions {
	paragraphs: number[];
	figures: number[];
}

/** 1-based indexes of the texts in which `site` is linked. */
function linkedIn(texts: string[], names: PlaceName[], site: string, aliasesSeen: Set<string>): number[] {
	const found: number[] = [];
	texts.forEach((text, i) => {
		const hits = linkPlaces(text, names).filter((s) => s.site === site);
		for (const h of hits) aliasesSeen.add(h.text);
		if (hits.length) found.push(i + 1);
	});
	return found;
}

/**
 * Throws when an alias is never linked in its article (misspelt, or always inside a longer name of
 * another place), so every site leads somewhere in the text.
 */
export function findMentions(features: SiteFeature[], articles: Article[]): Map<string, Mentions> {
	const out = new Map<string, Mentions>();
	for (const f of features) {
		const { id, article: articleId, aliases = [] } = f.properties;
		const article = articles.find((a) => a.id === articleId);
		if (!article) throw new Error(`sites: ${id}: article ${articleId} is not in articles.json`);
		const names = features
			.filter((g) => g.properties.article === articleId)
			.flatMap((g) => (g.properties.aliases ?? []).map((alias) => ({ alias, site: g.properties.id })));
		const seen = new Set<string>();
		const paragraphs = linkedIn(article.paragraphs, names, id, seen);
		const figures = linkedIn(
			article.figures.map((fig) => fig.caption),
			names,
			id,
			seen
		);
		// An alias met only inside a longer alias of the same place (小港街道 in 小港街道综合行政执法队) still leads here.
		const unlinked = aliases.filter((a) => ![...seen].some((linked) => linked.includes(a)));
		if (unlinked.length)
			throw new Error(
				`sites: ${id}: alias ${unlinked.map((a) => `“${a}”`).join(', ')} is never linked in ${articleId} (absent, or always inside another place’s name)`
			);
		out.set(id, { paragraphs, figures });
	}
	return out;
}

/** The features with `paragraphs` (always) and `figures` (when a caption names the place) set. */
export function withMentions(features: SiteFeature[], articles: Article[]): SiteFeature[] {
	const mentions = findMentions(features, articles);
	return features.map((f) => {
		const m = mentions.get(f.properties.id)!;
		const properties = { ...f.properties, paragraphs: m.paragraphs };
		if (m.figures.length) properties.figures = m.figures;
		return { ...f, properties };
	});
}
