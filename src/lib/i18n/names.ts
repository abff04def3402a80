/**
 * A place's name in the UI language: name_en in English where the data has one, the Chinese
 * otherwise, with the BCP 47 tag its element must carry. Reactive: reads `lang.current`.
 */
import { lang } from './lang.svelte';

export interface Named {
	name_zh: string;
	name_en?: string;
}

export function nameOf(p: Named): { text: string; lang: 'en' | 'zh-Hans' } {
	return lang.current === 'en' && p.name_en
		? { text: p.name_en, lang: 'en' }
		: { text: p.name_zh, lang: 'zh-Hans' };
}

/** The other language's name, shown beside the first in a heading; null when there is none. */
export function otherName(p: Named): { text: string; lang: 'en' | 'zh-Hans' } | null {
	if (lang.current === 'en') return p.name_en ? { text: p.name_zh, lang: 'zh-Hans' } : null;
	return p.name_en ? { text: p.name_en, lang: 'en' } : null;
}
