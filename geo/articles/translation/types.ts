/**
 * The shape of a translation written for this atlas (not by the newspaper): one English text per
 * printed paragraph and caption, each keyed by how its Chinese paragraph begins, so a translation
 * that slips by a paragraph fails the build instead of showing beside the wrong text.
 */
export interface Aligned {
	/** The first characters of the Chinese paragraph or caption, exactly as printed. */
	zh: string;
	en: string;
}

/** How the English renders a printed place name that is not the site's own `name_en`. */
export interface PlaceRendering {
	site: string;
	/** The alias as printed in the Chinese (one of the site's `aliases`). */
	zh: string;
	en: string;
}

export interface ArticleTranslation {
	kicker: string | null;
	/** Authors in pinyin, family name first, as the by-line orders them. */
	authors: string[];
	paragraphs: Aligned[];
	figures: Aligned[];
	/** English renderings of printed names that differ from `name_en`; the reader links them too. */
	places: PlaceRendering[];
}
