/** UI languages, in a plain module so pure code (the URL parser) can use them outside Svelte. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';
