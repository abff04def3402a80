import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	englishWords,
	hanNumeral,
	numbersEn,
	numbersZh,
	sorted
} from '../../geo/articles/translation/numbers';
import type { ArticlesFile, EnglishFile } from '../../src/lib/data/types';

const read = <T>(name: string): T =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../static/data/${name}`, import.meta.url)), 'utf8')) as T;

describe('the number normaliser', () => {
	it('reads Chinese numerals', () => {
		expect([hanNumeral('三'), hanNumeral('十'), hanNumeral('二十四'), hanNumeral('百')]).toEqual([
			3, 10, 24, 100
		]);
		expect([hanNumeral('两'), hanNumeral('三千零五'), hanNumeral('一万二千')]).toEqual([2, 3005, 12000]);
	});

	it('finds the numbers of a Chinese text: digits, 万, decimals, percentages, dates, numerals', () => {
		expect(numbersZh('面积7.8平方公里，集聚了2444家企业，涉及职工3万余人')).toEqual([7.8, 2444, 30000]);
		expect(numbersZh('已举办活动4.3万余场次，服务超190万人次，还有1.2万人')).toEqual([43000, 1900000, 12000]);
		expect(numbersZh('森林覆盖率达96.35%')).toEqual([96.35]);
		expect(numbersZh('2023年5月，今年8月')).toEqual([2023, 5, 8]);
		expect(numbersZh('观测样线20余条，红外观测样点24个，时间跨度近三年')).toEqual([20, 24, 3]);
		expect(numbersZh('五大工作专班、百余名、第三方、联荣路1-65号、“1+18+222+N”')).toEqual([
			5, 100, 3, 1, 65, 1, 18, 222
		]);
	});

	it('does not count 一 as a number, nor the numerals inside names and words', () => {
		expect(numbersZh('一笔大额订单，一体化，进一步，一个电话，第一县')).toEqual([]);
		expect(numbersZh('百花岩风电场、百姓、重庆两江集团、洛四房两溪')).toEqual([2]);
	});

	it('reads English number words', () => {
		expect([englishWords('three'), englishWords('twenty-four'), englishWords('hundred')]).toEqual([
			3, 24, 100
		]);
		expect([englishWords('two hundred'), englishWords('forty thousand')]).toEqual([200, 40000]);
	});

	it('finds the numbers of an English text', () => {
		expect(numbersEn('7.8 square kilometres, 2,444 enterprises and more than 30,000 workers')).toEqual([
			7.8, 2444, 30000
		]);
		expect(numbersEn('more than 43,000 events, more than 1.9 million visits, 96.35%')).toEqual([
			43000, 1900000, 96.35
		]);
		expect(numbersEn('In May 2023, and this August; they may come')).toEqual([5, 2023, 8]);
		expect(
			numbersEn('nearly three years, five major task forces, twenty-four points, a third-party body')
		).toEqual([3, 5, 24, 3]);
		expect(numbersEn('at 1-65 Lianrong Road, the “1+18+222+N” matrix')).toEqual([1, 65, 1, 18, 222]);
	});

	it('does not count "one" and "first" written as words, but counts the digit 1', () => {
		expect(numbersEn('one phone call, the first centre, one-stop, 1 safety expert')).toEqual([1]);
	});

	it('tells different numbers apart after sorting', () => {
		expect(sorted(numbersZh('3万余人'))).not.toEqual(sorted(numbersEn('more than 3,000 people')));
		expect(sorted(numbersZh('近三年'))).not.toEqual(sorted(numbersEn('nearly two years')));
	});
});

describe('the translation states the numbers of the Chinese, paragraph by paragraph', () => {
	const zh = read<ArticlesFile>('articles.json');
	const en = read<EnglishFile>('articles-en.json');
	const pairs = zh.articles.flatMap((a) => {
		const e = en.articles.find((x) => x.id === a.id)!;
		return [
			{ where: `${a.id} title`, zh: a.title, en: e.title },
			{ where: `${a.id} kicker`, zh: a.kicker ?? '', en: e.kicker ?? '' },
			...a.paragraphs.map((p, i) => ({
				where: `${a.id} paragraph ${i + 1}`,
				zh: p,
				en: e.paragraphs[i] ?? ''
			})),
			...a.figures.map((f, i) => ({
				where: `${a.id} caption ${i + 1}`,
				zh: f.caption,
				en: e.figures[i] ?? ''
			}))
		];
	});

	it('covers every paragraph and caption, and some of them state numbers', () => {
		expect(pairs).toHaveLength(6 * 2 + 46 + 3);
		expect(pairs.filter((p) => numbersZh(p.zh).length).length).toBeGreaterThan(20);
	});

	it.each(pairs.map((p) => [p.where, p] as const))('%s', (_, pair) => {
		expect(sorted(numbersEn(pair.en))).toEqual(sorted(numbersZh(pair.zh)));
	});
});
