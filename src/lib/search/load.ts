/**
 * The search code's entry point, imported on demand (first focus of the box, or a link with q=) so
 * the first view does not carry MiniSearch or the index. Pinyin readings come with it; without them
 * the search still works in 汉字 and English, and says pinyin is unavailable.
 */
import { loadJson } from '../data/load';
import type { Article, SiteProperties } from '../data/types';
import { msg, type Msg } from '../i18n/message';
import { SearchEngine } from './engine';
import { checkPinyinFile } from './readings';

export const PINYIN_FILE = 'data/pinyin.json';

export async function createEngine(
	articles: readonly Article[],
	sites: readonly SiteProperties[],
	fetcher: typeof fetch = fetch
): Promise<{ engine: SearchEngine; message: Msg | null }> {
	const result = await loadJson(
		PINYIN_FILE,
		(json) => {
			const checked = checkPinyinFile(json);
			return checked ? { ok: true, data: checked.file } : { ok: false, errors: ['not a pinyin file'] };
		},
		fetcher
	);
	const readings = result.ok ? result.data.readings : {};
	const message = result.ok
		? null
		: msg(
				`拼音搜索不可用：${result.file} ${result.message_zh}`,
				`Pinyin search is unavailable: ${result.file} ${result.message}`
			);
	return { engine: SearchEngine.from(articles, sites, readings), message };
}
