import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_FACETS } from '../../src/lib/data/themes';
import type { ArticlesFile, SitesFile } from '../../src/lib/data/types';
import { caseBounds, filteredCases, groupByCity, inBounds, tourStep } from '../../src/lib/panel/case-view';
import { formatCitation } from '../../src/lib/panel/citation';

const { articles, source } = JSON.parse(readFileSync('static/data/articles.json', 'utf8')) as ArticlesFile;
const sites = JSON.parse(readFileSync('static/data/sites.geojson', 'utf8')) as SitesFile;

describe('filteredCases', () => {
	it('keeps every case in page order without a filter', () => {
		const shuffled = [...articles].reverse();
		expect(filteredCases(shuffled, null, null).map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('keeps the cases of any selected city that have any selected theme', () => {
		const ningbo = filteredCases(articles, ['ningbo'], null);
		expect(ningbo.length).toBeGreaterThan(0);
		expect(ningbo.every((a) => CASE_FACETS[a.id].city === 'ningbo')).toBe(true);
		expect(filteredCases(articles, ['ningbo', 'lishui'], ['ecological-accounting']).map((a) => a.id)).toEqual(
			['qingyuan-gep-vep']
		);
		expect(filteredCases(articles, ['lishui'], ['enforcement'])).toEqual([]);
	});
});

describe('groupByCity', () => {
	it('puts each case under its own city once and leaves out empty cities', () => {
		const groups = groupByCity(filteredCases(articles, null, ['task-forces', 'enforcement']));
		expect(groups.map((g) => g.city).sort()).toEqual(['huzhou', 'ningbo']);
		for (const g of groups) for (const a of g.articles) expect(CASE_FACETS[a.id].city).toBe(g.city);
	});
});

describe('inBounds', () => {
	const site = sites.features[0]!;
	const [lng, lat] = site.geometry.coordinates as [number, number];
	it('is true inside and on the edge, false outside', () => {
		expect(inBounds(site, [lng - 1, lat - 1, lng + 1, lat + 1])).toBe(true);
		expect(inBounds(site, [lng, lat, lng + 1, lat + 1])).toBe(true);
		expect(inBounds(site, [lng + 0.01, lat - 1, lng + 1, lat + 1])).toBe(false);
		expect(inBounds(site, [lng - 1, lat + 0.01, lng + 1, lat + 1])).toBe(false);
	});
});

describe('tourStep', () => {
	const steps = ['a', 'b', 'c'];
	it('steps forward and back and stops at the ends', () => {
		expect(tourStep(steps, 'a', 1)).toBe('b');
		expect(tourStep(steps, 'b', -1)).toBe('a');
		expect(tourStep(steps, 'c', 1)).toBeNull();
		expect(tourStep(steps, 'a', -1)).toBeNull();
	});
	it('starts at the first step from outside the tour', () => {
		expect(tourStep(steps, null, 1)).toBe('a');
		expect(tourStep(steps, 'elsewhere', 1)).toBe('a');
		expect(tourStep([], null, 1)).toBeNull();
	});
});

describe('caseBounds', () => {
	it('holds every own site of the case and no partner', () => {
		for (const a of articles) {
			const box = caseBounds(sites.features, a.id)!;
			const own = sites.features.filter((f) => f.properties.article === a.id);
			for (const f of own.filter((g) => g.properties.role !== 'partner')) expect(inBounds(f, box)).toBe(true);
			for (const f of own.filter((g) => g.properties.role === 'partner' && g.properties.outside_zhejiang))
				expect(inBounds(f, box)).toBe(false);
		}
	});
	it('is null for a case without sites', () => {
		expect(caseBounds([], 'qingyuan-gep-vep')).toBeNull();
	});
});

describe('formatCitation', () => {
	const article = articles[0]!;
	it('cites authors and title as printed and says when the outlet is not printed', () => {
		// The source page prints no outlet (geo/sources); the shipped file must say so, not name one.
		expect(source.outlet).toBeNull();
		const text = formatCitation(article, source.outlet, { noOutlet: '(no outlet)' });
		expect(text).toBe(`${article.authors.join('、')}：《${article.title}》。(no outlet)`);
	});
	it('names the outlet when there is one', () => {
		expect(formatCitation(article, 'X报', { noOutlet: '(none)' })).toMatch(/》，X报。$/);
	});
});
