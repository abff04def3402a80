import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, parseJson, validateSites } from '../../src/lib/data/validate';

const DIR = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const FILE = 'static/data/sites.geojson';

/** Reads a fixture the way geo:check does and returns the formatted messages ([] when valid). */
function messages(fixture: string): string[] {
	const parsed = parseJson(readFileSync(DIR + fixture, 'utf8'), FILE);
	const result = parsed.ok ? validateSites(parsed.data, FILE) : parsed;
	return result.ok ? [] : result.errors.map(formatError);
}

describe('validateSites', () => {
	it('passes the valid fixture, extra and optional properties included', () => {
		expect(messages('sites-valid.geojson')).toEqual([]);
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
