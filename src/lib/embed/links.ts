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
