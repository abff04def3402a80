/**
 * The embed's compact header, built with the DOM rather than a Svelte component: a lazily loaded
 * component would split Svelte's runtime out of the first-view chunk, a cost every reader pays.
 * Loaded only when embedded.
 */
import { fullAtlasHref } from './links';
import './header.css';

/**
 * Links that leave the embed (the full atlas, an article to read) open in a new tab: inside a small
 * frame on someone else's page, the full atlas would be cramped, and the host page lost. Links that
 * stay in the embed (another site) keep `embed=1` and stay in the frame.
 */
function leaveInNewTab(event: MouseEvent) {
	const a = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
	if (!a || a.target) return;
	const url = new URL(a.href, location.href);
	const embedded = url.searchParams.get('embed') === '1' || /(^#|&)embed=1(&|$)/.test(url.hash);
	if (url.origin === location.origin && url.pathname === location.pathname && !embedded) {
		a.target = '_blank';
		a.rel = 'noopener';
	}
}

/** Adds the header to the map pane; its link follows the view (it is read when used). */
export function showEmbedHeader(pane: HTMLElement, say: (zh: string, en: string) => string): () => void {
	const header = document.createElement('header');
	header.className = 'embed-header';
	header.dataset.testid = 'embed-header';
	const link = document.createElement('a');
	link.dataset.testid = 'embed-full-link';
	link.target = '_blank';
	link.rel = 'noopener';
	const name = document.createElement('strong');
	name.textContent = say('浙江基层治理案例地图', 'Zhejiang Case Atlas');
	const open = document.createElement('span');
	open.textContent = say('在完整地图中打开 ↗', 'Open in the full atlas ↗');
	link.append(name, open);
	header.append(link);
	const follow = () => (link.href = fullAtlasHref(location.href));
	follow();
	for (const type of ['pointerover', 'focus', 'click'] as const) link.addEventListener(type, follow);
	addEventListener('hashchange', follow);
	pane.append(header);
	document.addEventListener('click', leaveInNewTab, true);
	return () => {
		removeEventListener('hashchange', follow);
		document.removeEventListener('click', leaveInNewTab, true);
		header.remove();
	};
}
