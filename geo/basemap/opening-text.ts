/**
 * The characters of the site labels the opening view shows, for the font split (build.ts). Kept apart
 * from labels.ts, whose geometry helpers need the geo build tools, so unit tests can read it with only
 * the app's packages installed.
 */
import type { SiteFeature } from '../../src/lib/data/types';
import { labelFeatures, RANK } from '../../src/lib/map/site-labels';

/**
 * The site labels the opening view can draw, in both languages: below ALL_LABELS_ZOOM (8, in
 * src/lib/map/SiteLabels.svelte), with no case open, only the one label of each shared point whose
 * head is a case's main site, with its " +N" count. The opening view fits the province, so it stays
 * below that zoom at every window size; the other names wait for the 'sites' font file.
 */
export function openingSiteText(sites: readonly SiteFeature[]): string {
	return labelFeatures(sites)
		.features.filter((f) => f.properties.kind === 'point' && f.properties.rank <= RANK.main)
		.map((f) => f.properties.name_zh + f.properties.name_en)
		.join('');
}

/** The count after a shared point's name (" +13"): computed at load, so every digit. */
export const COUNT_CHARACTERS = ' +0123456789';
