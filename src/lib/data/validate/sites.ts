/** The sites file: one Point per place, with its provenance. */
import {
	type ValidationError,
	type ValidationResult,
	SOURCE_CRS,
	SITE_REPRESENTS,
	SITE_ROLES,
	shown,
	type Report,
	isObj,
	nonEmptyString,
	positiveNumber,
	oneOf,
	need,
	needArray,
	checkGeometry,
	eachFeature,
	done
} from './core';
import { ARTICLE_IDS, type SitesFile } from '../types';

export function validateSites(
	json: unknown,
	file: string,
	articleIds: readonly string[] = ARTICLE_IDS
): ValidationResult<SitesFile> {
	const errors: ValidationError[] = [];
	eachFeature(json, file, errors, ({ props, geometry, report }) => {
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
		checkGeometry(geometry, ['Point'], report);
	});
	return done(errors, json);
}
