/** The articles file parsed from the source page. */
import {
	type ValidationError,
	type ValidationResult,
	shown,
	type Report,
	isObj,
	nonEmptyString,
	stringOrNull,
	positiveInteger,
	oneOf,
	need,
	needArray,
	done
} from './core';
import { ARTICLE_IDS, type ArticlesFile, type EnglishFile } from '../types';

const sha256: (v: unknown) => string | null = (v) =>
	typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)
		? null
		: `must be 64 lowercase hex digits (got ${shown(v)})`;

/** Reports about one article, named by its id where it has one, else by its place in the list. */
function articleReport(errors: ValidationError[], file: string, a: unknown, index: number): Report {
	const id = isObj(a) && typeof a.id === 'string' && a.id !== '' ? a.id : undefined;
	return (field, message) =>
		errors.push({ file, entity: 'article', ...(id !== undefined ? { id } : { index }), field, message });
}

export function validateArticles(json: unknown, file: string): ValidationResult<ArticlesFile> {
	const errors: ValidationError[] = [];
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (!isObj(json)) {
		fileReport(undefined, `must be an object with "source" and "articles" (got ${shown(json)})`);
		return done(errors, json);
	}
	if (!isObj(json.source)) fileReport('source', `must be an object (got ${shown(json.source)})`);
	else {
		const sourceReport: Report = (field, message) => fileReport(`source.${field}`, message);
		need(json.source, 'file', nonEmptyString, sourceReport);
		need(json.source, 'sha256', sha256, sourceReport);
		need(json.source, 'outlet', stringOrNull, sourceReport);
	}
	if (!Array.isArray(json.articles)) {
		fileReport('articles', `must be an array (got ${shown(json.articles)})`);
		return done(errors, json);
	}
	const seen = new Map<unknown, number>();
	const orders = new Map<unknown, number>();
	json.articles.forEach((a: unknown, index) => {
		const report = articleReport(errors, file, a, index);
		if (!isObj(a)) return report(undefined, `must be an object (got ${shown(a)})`);
		if (need(a, 'id', oneOf(ARTICLE_IDS), report)) {
			if (seen.has(a.id)) report('id', `duplicate id: article #${seen.get(a.id)} has it too`);
			seen.set(a.id, index);
		}
		if (need(a, 'order', positiveInteger, report)) {
			if (orders.has(a.order))
				report('order', `duplicate order ${a.order}: article #${orders.get(a.order)} has it too`);
			orders.set(a.order, index);
		}
		need(a, 'kicker', stringOrNull, report);
		need(a, 'title', nonEmptyString, report);
		needArray(a, 'authors', nonEmptyString, report, {});
		// Written for this project, so optional: a file without them still reads, in Chinese. The full
		// English text is a file of its own (validateEnglish below), loaded only when it is needed.
		need(a, 'title_en', nonEmptyString, report, true);
		need(a, 'summary_en', nonEmptyString, report, true);
		needArray(a, 'paragraphs', nonEmptyString, report, { nonEmpty: true });
		if (!Array.isArray(a.figures)) report('figures', `must be an array (got ${shown(a.figures)})`);
		else
			a.figures.forEach((fig: unknown, i) => {
				const at: Report = (field, message) => report(`figures[${i}]${field ? '.' + field : ''}`, message);
				if (!isObj(fig)) return at(undefined, `must be an object (got ${shown(fig)})`);
				need(fig, 'caption', nonEmptyString, at);
				need(fig, 'credit', stringOrNull, at);
				need(fig, 'assignedBy', nonEmptyString, at);
			});
	});
	for (const id of ARTICLE_IDS) if (!seen.has(id)) fileReport('articles', `missing article "${id}"`);
	return done(errors, json);
}

/** What the English must match: the paragraph and caption counts of each Chinese article. */
export type ChineseShape = { id: string; paragraphs: number; figures: number }[];

/**
 * The English full text (articles-en.json). With the Chinese articles at hand it also checks that
 * each article has one English paragraph per Chinese paragraph and one caption per caption.
 */
export function validateEnglish(
	json: unknown,
	file: string,
	chinese?: ChineseShape
): ValidationResult<EnglishFile> {
	const errors: ValidationError[] = [];
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (!isObj(json)) {
		fileReport(undefined, `must be an object with "notice", "source" and "articles" (got ${shown(json)})`);
		return done(errors, json);
	}
	need(json, 'notice', nonEmptyString, fileReport);
	if (!isObj(json.source)) fileReport('source', `must be an object (got ${shown(json.source)})`);
	else need(json.source, 'sha256', sha256, (field, message) => fileReport(`source.${field}`, message));
	if (!Array.isArray(json.articles)) {
		fileReport('articles', `must be an array (got ${shown(json.articles)})`);
		return done(errors, json);
	}
	const seen = new Set<unknown>();
	json.articles.forEach((a: unknown, index) => {
		const report = articleReport(errors, file, a, index);
		if (!isObj(a)) return report(undefined, `must be an object (got ${shown(a)})`);
		if (need(a, 'id', oneOf(ARTICLE_IDS), report)) {
			if (seen.has(a.id)) report('id', 'duplicate id');
			seen.add(a.id);
		}
		need(a, 'kicker', stringOrNull, report);
		need(a, 'title', nonEmptyString, report);
		needArray(a, 'authors', nonEmptyString, report, {});
		needArray(a, 'paragraphs', nonEmptyString, report, { nonEmpty: true });
		needArray(a, 'figures', nonEmptyString, report, {});
		if (!Array.isArray(a.places)) report('places', `must be an array (got ${shown(a.places)})`);
		else
			a.places.forEach((p: unknown, i) => {
				const at: Report = (field, message) => report(`places[${i}]${field ? '.' + field : ''}`, message);
				if (!isObj(p)) return at(undefined, `must be an object (got ${shown(p)})`);
				for (const field of ['site', 'zh', 'en']) need(p, field, nonEmptyString, at);
			});
		const shape = chinese?.find((c) => c.id === a.id);
		for (const [field, count] of [
			['paragraphs', shape?.paragraphs],
			['figures', shape?.figures]
		] as const)
			if (count !== undefined && Array.isArray(a[field]) && a[field].length !== count)
				report(
					field,
					`has ${a[field].length} entries but the Chinese has ${count}: the translation is out of step`
				);
	});
	for (const id of ARTICLE_IDS) if (!seen.has(id)) fileReport('articles', `missing article "${id}"`);
	return done(errors, json);
}
