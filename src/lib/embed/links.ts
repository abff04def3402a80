/**
 * The embed: `?embed=1` (or `embed=1` in the hash) shows the map alone, for an <iframe> on another
 * site. Pure URL helpers, in the first view because App must know before it draws; the embed's
 * header and link handling load only when embedded (EmbedHeader.svelte).
 */

/** `?embed=1` on the page's own URL; the hash's `embed=1` is NavState's (lib/url/hash). */
export function embedInQuery(search: string): boolean {
	return new URLSearchParams(search).get('embed') === '1';
}

/** The same view in the full atlas: the URL without `embed`, wherever it was. */
export function fullAtlasHref(href: string): string {
	const url = new URL(href);
	url.searchParams.delete('embed');
	// The hash is written by hand (lib/url/hash): drop the one parameter, keep the rest as written.
	const hash = url.hash
		.replace(/^#/, '')
		.split('&')
		.filter((part) => part && !/^embed(=|$)/.test(part))
		.join('&');
	url.hash = hash;
	return url.href.replace(/#$/, '');
}

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
