/**
 * The English translation of the six articles, written for this atlas, and the check that keeps it
 * aligned with the Chinese: the same number of paragraphs and captions, each English entry keyed by
 * how its Chinese paragraph begins. The build fails naming the article and paragraph that slipped.
 */
import type { Article, ArticleEnglish, ArticleId } from '../../../src/lib/data/types';
import { ENGLISH } from '../english';
import { anjiXiaoyuanTaskForces } from './anji-xiaoyuan-task-forces';
import { beilunEnforcement } from './beilun-enforcement';
import { jiangbei118Community } from './jiangbei-118-community';
import { qingyuanGepVep } from './qingyuan-gep-vep';
import type { Aligned, ArticleTranslation } from './types';
import { yuhangAiTongxinhui } from './yuhang-ai-tongxinhui';
import { yuhangPartyMassCentres } from './yuhang-party-mass-centres';

export const TRANSLATION_NOTICE =
	'English translation made for this atlas, not by the newspaper. The Chinese text is the text of record.';

export const TRANSLATIONS: Record<ArticleId, ArticleTranslation> = {
	'beilun-enforcement': beilunEnforcement,
	'jiangbei-118-community': jiangbei118Community,
	'yuhang-ai-tongxinhui': yuhangAiTongxinhui,
	'qingyuan-gep-vep': qingyuanGepVep,
	'yuhang-party-mass-centres': yuhangPartyMassCentres,
	'anji-xiaoyuan-task-forces': anjiXiaoyuanTaskForces
};

/** Where the entries and the printed texts disagree, one line each; empty when aligned. */
export function misalignments(id: string, what: string, printed: string[], entries: Aligned[]): string[] {
	const problems: string[] = [];
	if (printed.length !== entries.length)
		problems.push(`${id}: ${printed.length} ${what}s in the Chinese, ${entries.length} in the translation`);
	printed.forEach((text, i) => {
		const entry = entries[i];
		if (entry && !text.startsWith(entry.zh))
			problems.push(
				`${id}: ${what} ${i + 1} begins “${text.slice(0, 16)}…”, but its translation is keyed “${entry.zh}”`
			);
		if (entry && (!entry.zh.trim() || !entry.en.trim()))
			problems.push(`${id}: ${what} ${i + 1}: empty key or translation`);
	});
	return problems;
}

/** The English of one article, checked against its Chinese; throws listing every misalignment. */
export function translate(article: Article, translation: ArticleTranslation): ArticleEnglish {
	const problems = [
		...misalignments(article.id, 'paragraph', article.paragraphs, translation.paragraphs),
		...misalignments(
			article.id,
			'caption',
			article.figures.map((f) => f.caption),
			translation.figures
		)
	];
	if ((article.kicker === null) !== (translation.kicker === null))
		problems.push(
			`${article.id}: the Chinese ${article.kicker ? 'has' : 'has no'} kicker, the translation differs`
		);
	if (article.authors.length !== translation.authors.length)
		problems.push(
			`${article.id}: ${article.authors.length} authors in the Chinese, ${translation.authors.length} in the translation`
		);
	if (problems.length) throw new Error(`translation out of step with the page:\n  ${problems.join('\n  ')}`);
	return {
		id: article.id,
		kicker: translation.kicker,
		title: ENGLISH[article.id].title_en,
		authors: translation.authors,
		paragraphs: translation.paragraphs.map((p) => p.en),
		figures: translation.figures.map((f) => f.en),
		places: translation.places
	};
}
