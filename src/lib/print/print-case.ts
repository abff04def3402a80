/**
 * The printable case: the article with its title, authors and citation, a map of its sites (the
 * figure renderer, fitted to the case) and the credits, mounted as a print-only block and handed to
 * the browser's print. Loaded on the first "Print".
 */
import type { Map as LiveMap } from 'maplibre-gl';
import { mount, unmount } from 'svelte';
import type { Article } from '../data/types';
import { fullAtlasHref } from '../embed/links';
import { composeFigure } from '../figure/compose';
import type { Lang } from '../i18n/langs';
import { formatCitation } from '../panel/citation';
import type { Bounds } from '../panel/case-view';
import PrintCase from './PrintCase.svelte';

export interface PrintRequest {
	live: LiveMap;
	article: Article;
	outlet: string | null;
	bounds: Bounds | null;
	lang: Lang;
	href: string;
}

/** The map's size on the page, in CSS pixels at 2×: about 17 cm wide at 270 dpi. */
const MAP_VIEW = { width: 900, height: 620 };

let current: { component: ReturnType<typeof mount>; host: HTMLElement; url: string } | null = null;

function clear() {
	if (!current) return;
	void unmount(current.component);
	current.host.remove();
	URL.revokeObjectURL(current.url);
	current = null;
}

export async function printCase(request: PrintRequest): Promise<void> {
	const { article, lang } = request;
	const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
	const citation = formatCitation(article, request.outlet, {
		noOutlet: say('（原版面未印刊名。）', '(The page does not print the name of its outlet.)')
	});
	const href = fullAtlasHref(request.href);
	const figure = await composeFigure({
		live: request.live,
		size: 'screen',
		lang,
		subtitle: lang === 'en' ? (article.title_en ?? article.title) : article.title,
		citation,
		href,
		view: MAP_VIEW,
		...(request.bounds
			? {
					bounds: [
						[request.bounds[0], request.bounds[1]],
						[request.bounds[2], request.bounds[3]]
					] as [[number, number], [number, number]]
				}
			: {})
	});
	clear();
	const url = URL.createObjectURL(new Blob([figure.png as BlobPart], { type: 'image/png' }));
	const host = document.createElement('div');
	host.className = 'print-host';
	document.body.append(host);
	const component = mount(PrintCase, {
		target: host,
		props: { article, citation, credits: figure.credits, image: url, href, lang, size: figure.layout }
	});
	current = { component, host, url };
	await host.querySelector('img')?.decode();
	setTimeout(figure.dispose, 1000);
	window.print();
}
