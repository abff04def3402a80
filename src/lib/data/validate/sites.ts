/** The sites file: one Point per place, with its provenance. */
import {
	type ValidationError,
	type ValidationResult,
	SOURCE_CRS,
	SITE_REPRESENTS,
	SITE_ROLES,
	shown,
	type Obj,
	type Report,
	isObj,
	nonEmptyString,
	positiveInteger,
	positiveNumber,
	oneOf,
	need,
	needArray,
	checkGeometry,
	eachFeature,
	done
} from './core';
import { ARTICLE_IDS, type Article, type SitesFile } from '../types';

/** How many paragraphs and figures each article has: known to geo:check, which reads articles.json. */
export type ArticleCounts = ReadonlyMap<string, { paragraphs: number; figures: number }>;

export const articleCounts = (articles: Pick<Article, 'id' | 'paragraphs' | 'figures'>[]): ArticleCounts =>
	new Map(articles.map((a) => [a.id, { paragraphs: a.paragraphs.length, figures: a.figures.length }]));

export function validateSites(
	json: unknown,
	file: string,
	articleIds: readonly string[] = ARTICLE_IDS,
	counts?: ArticleCounts
): ValidationResult<SitesFile> {
	const errors: ValidationError[] = [];
	const visited: { props: Obj; report: Report }[] = [];
	eachFeature(json, file, errors, ({ props, geometry, report }) => {
		visited.push({ props, report });
		for (const f of ['id', 'name_zh', 'name_en', 'city', 'county', 'source'])
			need(props, f, nonEmptyString, report);
		need(
			props,
			'article',
			(v) => (articleIds.includes(v as string) ? null : `unknown article id ${shown(v)}`),
			report
		);
		need(props, 'precision_m', positiveNumber, report);
		need(props, 'source_crs', oneOf(SOURCE_CRS), report);
		need(props, 'note', nonEmptyString, report, true);
		needArray(props, 'aliases', nonEmptyString, report, { optional: true });
		need(
			props,
			'outside_zhejiang',
			(v) => (v === true ? null : `must be true when present (got ${shown(v)})`),
			report,
			true
		);
		need(props, 'represents', oneOf(SITE_REPRESENTS), report, true);
		need(props, 'role', oneOf(SITE_ROLES), report, true);
		need(props, 'conversion', nonEmptyString, report, true);
		if (isObj(props.admin)) {
			const at: Report = (field, message) => report(`admin.${field}`, message);
			need(props.admin, 'province', nonEmptyString, at);
			for (const f of ['city', 'county', 'street', 'village']) need(props.admin, f, nonEmptyString, at, true);
		} else need(props, 'admin', () => `must be an object (got ${shown(props.admin)})`, report, true);
		checkCrosscheck(props, report);
		checkMentions(props, report, counts);
		checkGeometry(geometry, ['Point'], report);
	});
	checkPartners(visited);
	return done(errors, json);
}

/** crosscheck, when present: a second position, its distance, and a reason wherever it is beyond precision_m. */
function checkCrosscheck(props: Obj, report: Report) {
	const c = props.crosscheck;
	if (c === undefined) return;
	if (!isObj(c)) return report('crosscheck', `must be an object (got ${shown(c)})`);
	const at: Report = (field, message) => report(`crosscheck.${field}`, message);
	need(c, 'source', nonEmptyString, at);
	need(c, 'source_crs', oneOf(SOURCE_CRS), at);
	need(
		c,
		'distance_m',
		(v) => (typeof v === 'number' && v >= 0 ? null : `must be a number ≥ 0 (got ${shown(v)})`),
		at
	);
	need(c, 'disagree', nonEmptyString, at, true);
	const xy = c.coordinates;
	if (!Array.isArray(xy) || xy.length !== 2 || xy.some((v) => typeof v !== 'number'))
		at('coordinates', `must be [lng, lat] (got ${shown(xy)})`);
	if (
		typeof c.distance_m === 'number' &&
		typeof props.precision_m === 'number' &&
		c.distance_m > props.precision_m &&
		c.disagree === undefined
	)
		at(
			'disagree',
			`is required: the second source lies ${c.distance_m} m away, beyond precision_m ${props.precision_m}`
		);
}

/**
 * paragraphs / figures: ascending 1-based numbers. With the articles known, each must exist in the
 * article, `paragraphs` must be present, and the place must be named somewhere (paragraph or caption).
 */
function checkMentions(props: Obj, report: Report, counts: ArticleCounts | undefined) {
	const article = counts?.get(props.article as string);
	let named = 0;
	for (const [field, kind] of [
		['paragraphs', 'paragraph'],
		['figures', 'figure']
	] as const) {
		const v = props[field];
		if (v === undefined) {
			if (field === 'paragraphs' && counts) report(field, 'is required');
			continue;
		}
		if (!Array.isArray(v)) {
			report(field, `must be an array (got ${shown(v)})`);
			continue;
		}
		const max = article?.[field];
		v.forEach((n: unknown, i) => {
			const why =
				positiveInteger(n) ??
				(i > 0 && (n as number) <= (v[i - 1] as number)
					? `must be ascending without repeats (got ${n} after ${v[i - 1]})`
					: null) ??
				(max !== undefined && (n as number) > max
					? `${kind} ${n} does not exist: article "${props.article}" has ${max}`
					: null);
			if (why) report(`${field}[${i}]`, why);
		});
		named += v.length;
	}
	if (counts && named === 0 && Array.isArray(props.paragraphs))
		report('paragraphs', 'is empty and no figure names the place: every site must be named in its article');
}

/** A partner names the case site its connection is drawn from: a non-partner of the same article. */
function checkPartners(visited: { props: Obj; report: Report }[]) {
	const byId = new Map(visited.map((v) => [v.props.id, v.props]));
	for (const { props, report } of visited) {
		const from = props.partner_of;
		if (props.role !== 'partner') {
			if (from !== undefined) report('partner_of', `only a partner has one (role is ${shown(props.role)})`);
			continue;
		}
		if (from === undefined) {
			report('partner_of', 'is required for a partner');
			continue;
		}
		const site = byId.get(from);
		if (!site) report('partner_of', `names no site in this file (got ${shown(from)})`);
		else if (site.role === 'partner') report('partner_of', `names another partner (${shown(from)})`);
		else if (site.article !== props.article)
			report('partner_of', `names a site of article ${shown(site.article)}, not ${shown(props.article)}`);
	}
}
