import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleCounts, formatError, parseJson, validateSites } from '../../src/lib/data/validate';
import type { ArticlesFile } from '../../src/lib/data/types';

const DIR = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const FILE = 'static/data/sites.geojson';

/** Paragraph and figure counts of the fixture articles, as geo:check derives them from articles.json. */
const counts = articleCounts(
	(JSON.parse(readFileSync(DIR + 'articles-valid.json', 'utf8')) as ArticlesFile).articles
);

/**
 * Reads a fixture and returns the formatted messages ([] when valid): as the app does, or with
 * `withArticles` as geo:check does, knowing each article's paragraphs and figures.
 */
function messages(fixture: string, withArticles = false): string[] {
	const parsed = parseJson(readFileSync(DIR + fixture, 'utf8'), FILE);
	const result = parsed.ok
		? validateSites(parsed.data, FILE, undefined, withArticles ? counts : undefined)
		: parsed;
	return result.ok ? [] : result.errors.map(formatError);
}

describe('validateSites', () => {
	it('passes the valid fixture, extra and optional properties included', () => {
		expect(messages('sites-valid.geojson')).toEqual([]);
		expect(messages('sites-valid.geojson', true)).toEqual([]);
	});

	it('checks paragraph numbers, and against the article once it is known', () => {
		const shape = [
			`${FILE}: feature "meishan-street" field "paragraphs[0]": must be a positive integer (got 0)`,
			`${FILE}: feature "meishan-street" field "paragraphs[2]": must be ascending without repeats (got 2 after 2)`
		];
		expect(messages('sites-bad-mentions.geojson')).toEqual(shape);
		expect(messages('sites-bad-mentions.geojson', true)).toEqual([
			...shape,
			`${FILE}: feature "meishan-street" field "paragraphs[3]": paragraph 5 does not exist: article "beilun-enforcement" has 2`,
			`${FILE}: feature "qingyuan-seat" field "paragraphs": is empty and no figure names the place: every site must be named in its article`
		]);
	});

	it('requires paragraphs only when the articles are known, and checks figure numbers', () => {
		const json = JSON.parse(readFileSync(DIR + 'sites-valid.geojson', 'utf8'));
		delete json.features[0].properties.paragraphs;
		json.features[1].properties.figures = [2];
		const got = (c?: typeof counts) => {
			const result = validateSites(json, FILE, undefined, c);
			return result.ok ? [] : result.errors.map(formatError);
		};
		expect(got()).toEqual([]);
		expect(got(counts)).toEqual([
			`${FILE}: feature "meishan-street" field "paragraphs": is required`,
			`${FILE}: feature "qingyuan-seat" field "figures[0]": figure 2 does not exist: article "qingyuan-gep-vep" has 1`
		]);
	});

	it('checks each partner names a case site of its own article, and the role', () => {
		expect(messages('sites-bad-partner.geojson')).toEqual([
			`${FILE}: feature "unknown-role" field "role": must be one of "site", "partner" (got "sponsor")`,
			`${FILE}: feature "partner-without-from" field "partner_of": is required for a partner`,
			`${FILE}: feature "partner-from-nowhere" field "partner_of": names no site in this file (got "nowhere")`,
			`${FILE}: feature "partner-from-other-article" field "partner_of": names a site of article "beilun-enforcement", not "qingyuan-gep-vep"`,
			`${FILE}: feature "partner-from-partner" field "partner_of": names another partner ("partner-from-nowhere")`,
			`${FILE}: feature "site-with-from" field "partner_of": only a partner has one (role is "site")`
		]);
	});

	it('formats an error with file, feature and field', () => {
		expect(
			formatError({
				file: FILE,
				entity: 'feature',
				id: 'a',
				field: 'precision_m',
				message: 'must be a positive number (got -5)'
			})
		).toBe(`${FILE}: feature "a" field "precision_m": must be a positive number (got -5)`);
	});

	it.each([
		['sites-bad-json.geojson', /^static\/data\/sites\.geojson: invalid JSON \(.+\)$/],
		[
			'sites-not-collection.geojson',
			/^static\/data\/sites\.geojson: field "type": must be "FeatureCollection" \(got "Feature"\)$/
		]
	])('reports %s at file level', (fixture, pattern) => {
		const got = messages(fixture);
		expect(got).toHaveLength(1);
		expect(got[0]).toMatch(pattern);
	});

	it.each([
		[
			'sites-swapped.geojson',
			`${FILE}: feature "meishan-street" field "geometry.coordinates": latitude 121.9 is out of range -90..90: looks like [lat, lng]; GeoJSON order is [lng, lat]`
		],
		[
			'sites-out-of-range.geojson',
			`${FILE}: feature "qingyuan-seat" field "geometry.coordinates": longitude 219.06 is out of range -180..180`
		],
		[
			'sites-duplicate-id.geojson',
			`${FILE}: feature "meishan-street" field "id": duplicate id: feature #0 has it too`
		],
		[
			'sites-unknown-article.geojson',
			`${FILE}: feature "qingyuan-seat" field "article": unknown article id "qingyuan-windfarm"`
		],
		['sites-missing-field.geojson', `${FILE}: feature "meishan-street" field "precision_m": is required`],
		['sites-missing-id.geojson', `${FILE}: feature #1 field "id": is required`]
	])('reports %s exactly', (fixture, expected) => {
		expect(messages(fixture)).toEqual([expected]);
	});

	it('reports wrong types on each feature and field', () => {
		expect(messages('sites-wrong-type.geojson')).toEqual([
			`${FILE}: feature "meishan-street" field "precision_m": must be a positive number (got -5)`,
			`${FILE}: feature "qingyuan-seat" field "name_zh": must be a non-empty string (got 42)`
		]);
	});

	it('checks article ids against the list it is given', () => {
		const json = JSON.parse(readFileSync(DIR + 'sites-valid.geojson', 'utf8')) as unknown;
		const result = validateSites(json, FILE, ['beilun-enforcement']);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
			`${FILE}: feature "qingyuan-seat" field "article": unknown article id "qingyuan-gep-vep"`
		]);
	});

	it('rejects a geometry that is not a Point, and a bad optional field', () => {
		const json = JSON.parse(readFileSync(DIR + 'sites-valid.geojson', 'utf8'));
		json.features[0].geometry = {
			type: 'LineString',
			coordinates: [
				[121, 29],
				[121.1, 29.1]
			]
		};
		json.features[1].properties.outside_zhejiang = false;
		const result = validateSites(json, FILE);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
			`${FILE}: feature "meishan-street" field "geometry.type": must be "Point" (got "LineString")`,
			`${FILE}: feature "qingyuan-seat" field "outside_zhejiang": must be true when present (got false)`
		]);
	});
});
