/** What the figure buttons do (FigureDownload.svelte), loaded on the first click. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Article } from '../data/types';
import { lang, t } from '../i18n/lang.svelte';
import { formatCitation } from '../panel/citation';
import { downloadFigure, type FigureSize } from './compose';

export interface PanelRequest {
	map: MapLibreMap;
	article: Article | null;
	outlet: string | null;
	size: FigureSize;
}

/** Makes and saves the figure, saying so in the panel's live line; its buttons wait meanwhile. */
export async function downloadFromPanel(panel: HTMLElement, { map, article, outlet, size }: PanelRequest) {
	const buttons = [...panel.querySelectorAll('button')];
	const status = panel.querySelector('[aria-live]')!;
	if (buttons.some((b) => b.disabled)) return;
	for (const b of buttons) b.disabled = true;
	status.textContent = t('正在生成图片…', 'Making the figure…');
	try {
		const name = `zhejiang-case-atlas${article ? `-${article.id}` : ''}-${size === 'print' ? 'print' : '2x'}.png`;
		const en = lang.current === 'en';
		const { layout } = await downloadFigure(
			{
				live: map,
				size,
				lang: lang.current,
				subtitle: article ? (en ? (article.title_en ?? article.title) : article.title) : null,
				citation: article
					? formatCitation(article, outlet, {
							noOutlet: t('（原版面未印刊名。）', '(The page does not print the name of its outlet.)')
						})
					: null,
				href: location.href
			},
			name
		);
		status.textContent = t(
			`已保存 ${name}（${layout.width} × ${layout.height} 像素）`,
			`Saved ${name} (${layout.width} × ${layout.height} px)`
		);
	} catch (error) {
		status.textContent = t('无法生成图片：', 'The figure could not be made: ') + (error as Error).message;
	} finally {
		for (const b of buttons) b.disabled = false;
	}
}
