/**
 * The UI language. The URL (`lang=`) is its source; App copies it here so any component can call
 * `t()` without threading a prop through every level. The articles' English is a translation made
 * for this atlas (data/articles-en.json, loaded by the reader); the Chinese stays the text of record.
 */
import { DEFAULT_LANG, type Lang } from './langs';

export { DEFAULT_LANG, LANGS, type Lang } from './langs';

class LangState {
	current: Lang = $state(DEFAULT_LANG);
}

export const lang = new LangState();

/** The string for the current language. Reactive: reads `lang.current`. */
export function t(zh: string, en: string): string {
	return lang.current === 'en' ? en : zh;
}

/** BCP 47 tag for the `lang` attribute of UI text in the current language. */
export function langTag(): string {
	return lang.current === 'en' ? 'en' : 'zh-Hans';
}
