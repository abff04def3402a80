/**
 * The printable case: the article with its title, authors and citation, a map of its sites (the
 * figure renderer, fitted to the case) and the credits, as a print-only block handed to the
 * browser's print. Loaded on the first "Print". Built with the DOM, not a Svelte component: a lazily
 * loaded component would split Svelte's runtime out of the first-view chunk.
 */
import type { Map as LiveMap } from 'maplibre-gl';
import type { Article } from '../data/types';
import { fullAtlasHref } from '../embed/links';
import { composeFigure } from '../figure/compose';
import { lang as uiLang, t } from '../i18n/lang.svelte';
import type { Lang } from '../i18n/langs';
import { formatCitation } from '../panel/citation';
import type { Bounds } from '../panel/case-view';
import './print.css';

/** The Print button's click: prepares and prints, saying so in the button's live line. */
export async function printFromPanel(
	box: HTMLElement,
	request: Omit<PrintRequest, 'lang' | 'href'>
): Promise<void> {
	const button = box.querySelector('button')!;
	const status = box.querySelector('[aria-live]')!;
	if (button.disabled) return;
	button.disabled = true;
	status.textContent = t('正在准备打印版（含地图）…', 'Preparing the printable case (with its map)…');
	try {
		await printCase({ ...request, lang: uiLang.current, href: location.href });
		status.textContent = '';
	} catch (error) {
		status.textContent =
			t('无法准备打印：', 'The case could not be prepared for printing: ') + (error as Error).message;
	} finally {
		button.disabled = false;
	}
}

export interface PrintRequest {
	live: LiveMap;
	article: Article;
	outlet: string | null;
	bounds: Bounds | null;
	lang: Lang;
	href: string;
}

/** The map's size on the page, in CSS pixels drawn at 2×: about 17 cm wide at 270 dpi. */
const MAP_VIEW = { width: 900, height: 620 };

let current: { host: HTMLElement; url: string } | null = null;

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	node.append(...children);
	return node;
}

export async function printCase(request: PrintRequest): Promise<void> {
	const { article, lang } = request;
	const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
	const ui = { lang: lang === 'en' ? 'en' : 'zh-Hans' };
	const citation = formatCitation(article, request.outlet, {
		noOutlet: say('（原版面未印刊名。）', '(The page does not print the name of its outlet.)')
	});
	const href = fullAtlasHref(request.href);
	const b = request.bounds;
	const figure = await composeFigure({
		live: request.live,
		size: 'screen',
		lang,
		subtitle: lang === 'en' ? (article.title_en ?? article.title) : article.title,
		citation,
		href,
		view: MAP_VIEW,
		...(b ? { bounds: [b[0], b[1], b[2], b[3]] as [number, number, number, number] } : {})
	});
	if (current) {
		current.host.remove();
		URL.revokeObjectURL(current.url);
	}
	const url = URL.createObjectURL(new Blob([figure.png as BlobPart], { type: 'image/png' }));
	const img = el('img', {
		src: url,
		width: String(figure.layout.width),
		height: String(figure.layout.height),
		alt: say(`地图：${article.title}的地点`, `Map of the sites of “${article.title_en ?? article.title}”`),
		'data-testid': 'print-map'
	}) as HTMLImageElement;
	// The article's text is the Chinese as printed; the UI's words follow the reader's language.
	const host = el(
		'article',
		{ class: 'print-case', 'data-testid': 'print-case', lang: 'zh-Hans' },
		el(
			'p',
			{ class: 'atlas', ...ui },
			say('浙江基层治理案例地图 · 案例打印版', 'Zhejiang Case Atlas · printable case')
		),
		...(article.kicker ? [el('p', { class: 'kicker' }, article.kicker)] : []),
		el('h1', {}, article.title),
		...(lang === 'en' && article.title_en
			? [el('p', { class: 'title-en', lang: 'en' }, article.title_en)]
			: []),
		...(article.authors.length ? [el('p', { class: 'authors' }, article.authors.join('、'))] : []),
		el('p', { class: 'citation' }, el('span', ui, say('引用：', 'Cite: ')), citation),
		...(lang === 'en' && article.summary_en
			? [el('p', { class: 'summary', lang: 'en' }, article.summary_en)]
			: []),
		el('figure', { class: 'map' }, img),
		el('div', { class: 'text' }, ...article.paragraphs.map((p) => el('p', {}, p))),
		...(article.figures.length
			? [
					el(
						'h2',
						ui,
						say('图片说明（照片不属于来源）', 'Photo captions (the photographs are not part of the source)')
					),
					el('ul', {}, ...article.figures.map((f) => el('li', {}, f.caption)))
				]
			: []),
		el(
			'section',
			{ class: 'credits', ...ui },
			el('h2', {}, say('来源与许可', 'Sources and licences')),
			el(
				'ul',
				{},
				el(
					'li',
					{},
					say(
						'文字：报纸版面原文（版面未印刊名），仅修复版面造成的断行。',
						'Text: the newspaper page as printed (the page does not name its outlet); only breaks caused by the layout are repaired.'
					)
				),
				...figure.credits.map((c) => el('li', {}, c))
			),
			el('p', { class: 'link' }, say('在线查看：', 'Online: '), el('span', { class: 'url' }, href))
		)
	);
	document.body.append(host);
	current = { host, url };
	await img.decode();
	setTimeout(figure.dispose, 1000);
	window.print();
}
