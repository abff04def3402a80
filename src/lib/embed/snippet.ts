/** The <iframe> snippet "Copy embed code" gives: loaded on use, not in the first view. */
import { fullAtlasHref } from './links';

/** The link an <iframe> shows: this view with `embed=1` in the hash (a static host keeps the hash). */
export function embedHref(href: string): string {
	const full = new URL(fullAtlasHref(href));
	const hash = full.hash.replace(/^#/, '');
	full.hash = hash ? `${hash}&embed=1` : 'embed=1';
	return full.href;
}

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> snippet of a view, for pasting into another page. */
export function iframeSnippet(href: string, title: string): string {
	return (
		`<iframe src="${escapeAttr(embedHref(href))}" title="${escapeAttr(title)}" ` +
		'width="800" height="500" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>'
	);
}
