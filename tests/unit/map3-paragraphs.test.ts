import { describe, expect, it } from 'vitest';
import type { Article, SiteProperties } from '../../src/lib/data/types';
import { paragraphsNaming, placeNamesOf } from '../../src/lib/reader/paragraphs';

const site = (id: string, name_zh: string, aliases: string[] = [], extra: Partial<SiteProperties> = {}) => ({
	properties: {
		id,
		name_zh,
		aliases,
		name_en: id,
		article: 'beilun-enforcement',
		city: '宁波市',
		county: '北仑区',
		precision_m: 1000,
		source: 'test',
		source_crs: 'WGS84',
		...extra
	} as SiteProperties
});
const article = {
	id: 'beilun-enforcement',
	paragraphs: ['开头没有地名。', '梅山街道综合行政执法队接到咨询。', '梅山街道和小港街道。', '又到梅山。']
} as Article;
const meishan = site('meishan', '梅山街道', ['梅山']);
const team = site('meishan-team', '梅山街道综合行政执法队');
const xiaogang = site('xiaogang', '小港街道');
const names = placeNamesOf([meishan, team, xiaogang], 'beilun-enforcement');

describe('paragraphsNaming', () => {
	it('finds the paragraphs where the reader links a name to the site, 1-based', () => {
		expect(paragraphsNaming(meishan.properties, article, names)).toEqual([3, 4]);
		expect(paragraphsNaming(xiaogang.properties, article, names)).toEqual([3]);
	});

	it('does not count a longer name that belongs to another site', () => {
		expect(paragraphsNaming(team.properties, article, names)).toEqual([2]);
		expect(paragraphsNaming(meishan.properties, article, names)).not.toContain(2);
	});

	it('prefers the paragraphs the data lists, sorted and without repeats', () => {
		const listed = site('x', '梅山街道', [], { paragraphs: [4, 1, 4] });
		expect(paragraphsNaming(listed.properties, article, names)).toEqual([1, 4]);
	});

	it('gives nothing without the article, and placeNamesOf keeps to one article', () => {
		expect(paragraphsNaming(meishan.properties, undefined, names)).toEqual([]);
		expect(placeNamesOf([meishan], 'qingyuan-gep-vep')).toEqual([]);
		expect(names.filter((n) => n.site === 'meishan').map((n) => n.alias)).toEqual(['梅山街道', '梅山']);
	});
});
