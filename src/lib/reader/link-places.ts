/**
 * Split a paragraph into plain text and place-name runs, so the reader can link each printed place
 * name to its site. Longest name wins where names overlap (梅山街道综合行政执法队 over 梅山街道).
 */
export interface PlaceName {
	alias: string;
	site: string;
}
export type Segment = { text: string; site?: string };

export function linkPlaces(text: string, names: PlaceName[]): Segment[] {
	const sorted = names.filter((n) => n.alias.length > 0).sort((a, b) => b.alias.length - a.alias.length);
	const segments: Segment[] = [];
	let plain = '';
	let i = 0;
	while (i < text.length) {
		const hit = sorted.find((n) => text.startsWith(n.alias, i));
		if (hit) {
			if (plain) segments.push({ text: plain });
			plain = '';
			segments.push({ text: hit.alias, site: hit.site });
			i += hit.alias.length;
		} else {
			plain += text[i];
			i += 1;
		}
	}
	if (plain) segments.push({ text: plain });
	return segments;
}
