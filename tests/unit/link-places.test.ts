import { describe, expect, it } from 'vitest';
import { linkPlaces } from '../../src/lib/reader/link-places';

describe('linkPlaces', () => {
	const names = [
		{ alias: '梅山街道', site: 'meishan' },
		{ alias: '梅山街道综合行政执法队', site: 'meishan-team' },
		{ alias: '小港街道', site: 'xiaogang' }
	];

	it('keeps every character, in order', () => {
		const text = '来到宁波市北仑区梅山街道创业，小港街道与梅山街道综合行政执法队';
		expect(
			linkPlaces(text, names)
				.map((s) => s.text)
				.join('')
		).toBe(text);
	});

	it('prefers the longest name where names overlap', () => {
		expect(linkPlaces('梅山街道综合行政执法队接到咨询', names)).toEqual([
			{ text: '梅山街道综合行政执法队', site: 'meishan-team' },
			{ text: '接到咨询' }
		]);
	});

	it('links every occurrence and leaves text without names alone', () => {
		const segments = linkPlaces('小港街道和小港街道', names);
		expect(segments.filter((s) => s.site === 'xiaogang')).toHaveLength(2);
		expect(linkPlaces('没有地名', names)).toEqual([{ text: '没有地名' }]);
	});

	it('treats markup in the text as text', () => {
		expect(linkPlaces('<img onerror=x>梅山街道', names)[0]).toEqual({ text: '<img onerror=x>' });
	});
});
