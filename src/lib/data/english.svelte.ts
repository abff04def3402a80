/**
 * The English full text (data/articles-en.json), fetched once, when it is first needed: an article
 * read in English or in both languages, or a search. The opening view never carries it.
 */
import { msg, type Msg } from '../i18n/message';
import { loadJson } from './load';
import type { Article, ArticleEnglish, EnglishFile } from './types';
import { formatError, validateEnglish } from './validate';

export const ENGLISH_FILE = 'data/articles-en.json';

export class EnglishText {
	file: EnglishFile | null = $state.raw(null);
	failure: Msg | null = $state.raw(null);
	#pending: Promise<EnglishFile | null> | null = null;

	/** Checked against the Chinese articles, so a translation out of step is refused, not shown. */
	load(chinese: readonly Article[], fetcher: typeof fetch = fetch): Promise<EnglishFile | null> {
		const shape = chinese.map((a) => ({
			id: a.id,
			paragraphs: a.paragraphs.length,
			figures: a.figures.length
		}));
		this.#pending ??= loadJson(
			ENGLISH_FILE,
			(json, file) => {
				const result = validateEnglish(json, file, shape);
				return result.ok ? result : { ok: false, errors: result.errors.map(formatError) };
			},
			fetcher
		).then((result) => {
			if (result.ok) this.file = result.data;
			else
				this.failure = msg(
					`英文译文无法显示：${result.file} ${result.message_zh}`,
					`The English translation cannot be shown: ${result.file} ${result.message}`
				);
			return result.ok ? result.data : null;
		});
		return this.#pending;
	}

	article(id: string | null | undefined): ArticleEnglish | null {
		return this.file?.articles.find((a) => a.id === id) ?? null;
	}
}

export const englishText = new EnglishText();
