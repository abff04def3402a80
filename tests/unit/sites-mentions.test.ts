/**
 * Which paragraphs and captions name each place: the build's own rule (geo/sites/mentions.ts) on a
 * hand-made article, so each expectation can be checked by reading the text.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, withMentions } from '../../geo/sites/mentions';
import type { Article, SiteFeature } from '../../src/lib/data/types';

const article: Article = {
	id: 'beilun-enforcement',
	order: 1,
	kicker: null,
	title: 't',
	authors: [],
	paragraphs: [
		'梅山街道综合行政执法队接到咨询。',
		'小港街道综合行政执法队组建工作室。',
		'北仑区企业合规中心与梅山街道。',
		'没有地名。'
	],
	figures: [{ caption: '小港街道一景(图片由小港街道提供)', credit: '图片由小港街道提供', assignedBy: 'test' }]
};

function site(id: string, aliases: string[]): SiteFeature {
	return {
		type: 'Feature',
		properties: {
			id,
			name_zh: id,
			name_en: id,
			article: 'beilun-enforcement',
			city: '宁波市',
			county: '北仑区',
			precision_m: 1000,
			source: 'test',
			source_crs: 'WGS84',
			aliases
		},
		geometry: { type: 'Point', coordinates: [121.9, 29.8] }
	};
}

const meishan = site('meishan', ['梅山街道综合行政执法队', '梅山街道']);
const team = site('xiaogang-team', ['小港街道综合行政执法队']);
const xiaogang = site('xiaogang', ['小港街道']);

describe('findMentions', () => {
	it('lists the paragraphs and captions where the reader links the place, longest name winning', () => {
		const m = findMentions([meishan, team, xiaogang], [article]);
		expect(m.get('meishan')).toEqual({ paragraphs: [1, 3], figures: [] });
		// 小港街道 in paragraph 2 is inside the team's longer name, so only the caption names the street.
		expect(m.get('xiaogang-team')).toEqual({ paragraphs: [2], figures: [] });
		expect(m.get('xiaogang')).toEqual({ paragraphs: [], figures: [1] });
	});

	it('refuses an alias that is absent or always inside another place’s name', () => {
		expect(() => findMentions([site('x', ['大榭街道'])], [article])).toThrow(/“大榭街道” is never linked/);
		const onlyInTeam = { ...article, figures: [] };
		expect(() => findMentions([team, xiaogang], [onlyInTeam])).toThrow(/xiaogang: alias “小港街道”/);
	});

	it('refuses a place whose article is missing', () => {
		expect(() => findMentions([meishan], [])).toThrow(/article beilun-enforcement is not in articles.json/);
	});
});

describe('withMentions', () => {
	it('sets paragraphs always and figures only when a caption names the place', () => {
		const [m, , x] = withMentions([meishan, team, xiaogang], [article]);
		expect(m!.properties.paragraphs).toEqual([1, 3]);
		expect('figures' in m!.properties).toBe(false);
		expect(x!.properties).toMatchObject({ paragraphs: [], figures: [1] });
	});
});
