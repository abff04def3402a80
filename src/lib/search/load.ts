/**
 * The search code's entry point, imported on demand (first focus of the box, or a link with q=) so
 * the first view does not carry MiniSearch or the index. Pinyin readings and the English full text
 * come with it; without either the search still works on the rest, and says what is missing.
 */
import { englishText, type EnglishText } from '../data/english.svelte';
import { loadJson } from '../data/load';
import type { Article, SiteProperties } from '../data/types';
import { msg, type Msg } from '../i18n/message';
import { SearchEngine } from './engine';
import { checkPinyinFile } from './readings';

export const PINYIN_FILE = 'data/pinyin.json';

export async function createEngine(
	articles: readonly Article[],
	sites: readonly SiteProperties[],
	fetcher: typeof fetch = fetch,
	/** The app's one copy, shared with the reader, so the file is fetched once. */
	english_: EnglishText = englishText
): Promise<{ engine: SearchEngine; message: Msg | null }> {
	const [result, english] = await Promise.all([
		loadJson(
			PINYIN_FILE,
			(json) => {
				const checked = checkPinyinFile(json);
				return checked ? { ok: true, data: checked.file } : { ok: false, errors: ['not a pinyin file'] };
			},
			fetcher
		),
		english_.load(articles, fetcher)
	]);
	const readings = result.ok ? result.data.readings : {};
	const message = !result.ok
		? msg(
				`拼音搜索不可用：${result.file} ${result.message_zh}`,
				`Pinyin search is unavailable: ${result.file} ${result.message}`
			)
		: english
			? null
			: msg(
					'搜索不包括英文译文：它无法加载。',
					'The search leaves out the English translation: it could not be loaded.'
				);
	return { engine: SearchEngine.from(articles, sites, readings, english?.articles ?? []), message };
}
