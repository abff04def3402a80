import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignCaptions, extractCaptions } from '../../geo/articles/captions';
import { readArticles } from '../../geo/articles/page';
import { endsSentence, joinBrokenLines, parseAuthors, splitBlocks } from '../../geo/articles/parse';

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const texts = (name: string) =>
	readArticles(fixture(name)).articles.map((a) => a.paragraphs.map((p) => p.text));

describe('joinBrokenLines', () => {
	it('joins a word cut by a column end', () => {
		expect(texts('mid-word.txt')).toEqual([
			[
				'目前，累计建成青洲4家“新英聚空间”。该街道创新引入第三方运营单位，开展日常活动，构建常态化的活动体系。',
				'利用遥感、无人机等天地一体化监测手段，在东西两个项目区域建立了鸟类生物多样性观测样区。'
			]
		]);
	});

	it('joins mid-sentence cuts, also after a comma or inside quotes, keeping printed spaces', () => {
		expect(texts('mid-sentence.txt')).toEqual([
			[
				'“我打了一个电话就解决了！”近日，周女士为当地的营商环境连连点赞。',
				'主动靠前，让执法服务更增值。',
				'聚焦“AI+产业”，“AI同心荟”形成高效赋能的产业创新联动格局。',
				'日前，由杭州市余杭区党群服务中心主办的“党群连心 美好同行”连心志愿服务集市活动在闲林街道党群服务中心举行。',
				'“我刚刚体验了非遗剪纸，顺便测了血压、剪了头发，还买了腊味、酱货等年货，这样的便民服务太实在了，真不错！”',
				'要政策，社区帮忙对接；有困难，社区帮忙出主意……'
			]
		]);
	});

	it('leaves an unfinished last line as printed rather than inventing an ending', () => {
		const paragraphs = joinBrokenLines(splitBlocks('第一句。\n\n没有句号的结尾'));
		expect(paragraphs).toEqual([
			{ text: '第一句。', lines: [1] },
			{ text: '没有句号的结尾', lines: [3] }
		]);
	});

	it('treats stops followed by closing quotes or brackets as sentence ends, commas as not', () => {
		expect(['真不错！”', '（见附件。）', '人头攒动……', 'Done?'].map(endsSentence)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['剪了头发，', '“党群连心 美好', '形成', '表示：'].map(endsSentence)).toEqual([
			false,
			false,
			false,
			false
		]);
	});
});

describe('captions', () => {
	it('lifts a caption out of the sentence it interrupts and rejoins the sentence', () => {
		const [article] = readArticles(fixture('caption-interrupt.txt')).articles;
		expect(article?.paragraphs.map((p) => p.text)).toEqual([
			'庆元县是中国生态环境第一县。',
			'GEP精准核算是过程，扩大应用领域，实现价值的转换才是最终目的。'
		]);
		expect(article?.figures).toEqual([
			{
				caption: '庆元双苗尖风电(图片由庆元县发改局提供)',
				credit: '图片由庆元县发改局提供',
				assignedBy: expect.stringContaining('credit-place: 庆元县')
			}
		]);
		const { captions } = extractCaptions(splitBlocks(fixture('caption-interrupt.txt')));
		expect(captions.map((c) => [c.line, c.interruptsSentence])).toEqual([[11, true]]);
	});

	it('gives captions floating at the page end to the article their credit names, not the nearest', () => {
		const { articles } = readArticles(fixture('floating-captions.txt'));
		expect(articles.map((a) => a.figures.map((f) => f.caption))).toEqual([
			['“党群连心 美好同行”连心志愿服务集市现场(图片由余杭区闲林街道办事处提供)'],
			['安吉县孝源街道联合县发改局、安吉开发区，就西拓平台工作推进进行现场会商。(图片由安吉县孝源街道提供)']
		]);
		expect(articles[0]?.figures[0]?.assignedBy).toMatch(/^credit-place: 闲林街道/);
		expect(articles[1]?.figures[0]?.assignedBy).toMatch(/^credit-place: 孝源街道/);
		const { captions } = extractCaptions(splitBlocks(fixture('floating-captions.txt')));
		expect(captions.every((c) => !c.interruptsSentence)).toBe(true);
	});

	const caption = (text: string, credit: string, line = 9) => ({
		line,
		caption: `${text}(${credit})`,
		credit,
		interruptsSentence: false
	});
	const two = [
		{ text: '闲林街道的集市', firstLine: 1, lastLine: 3 },
		{ text: '孝源街道的专班', firstLine: 4, lastLine: 6 }
	];

	it('uses a quote from the caption when the credit names no place only one article has', () => {
		const [a] = assignCaptions(
			[caption('“集市”现场', '图片由某单位提供')],
			[
				{ text: '“集市”', firstLine: 1, lastLine: 3 },
				{ text: '专班', firstLine: 4, lastLine: 6 }
			]
		);
		expect([a?.article, a?.assignedBy]).toEqual([0, 'caption-quote: “集市” is named only in this article']);
	});

	it('falls back to position when nothing names an article, and says so', () => {
		const [a] = assignCaptions([caption('风景', '图片由某单位提供', 5)], two);
		expect(a?.article).toBe(1);
		expect(a?.assignedBy).toMatch(/^position: /);
	});

	it('refuses to guess when clues point to different articles', () => {
		expect(() => assignCaptions([caption('孝源街道专班', '图片由闲林街道提供')], two)).toThrow(
			/point to different articles/
		);
	});
});

describe('parseAuthors', () => {
	it('pairs the padded single characters of two-character names', () => {
		expect(parseAuthors('段琼蕾 张 玲')).toEqual(['段琼蕾', '张玲']);
		expect(parseAuthors('周 静 魏 笑')).toEqual(['周静', '魏笑']);
		expect(parseAuthors('吴 新 范云鹏')).toEqual(['吴新', '范云鹏']);
		expect(parseAuthors('马佳威 项雨薇')).toEqual(['马佳威', '项雨薇']);
	});

	it('rejects lines that are not by-lines', () => {
		expect(parseAuthors('张 玲 王')).toBeNull();
		expect(parseAuthors('余杭党群服务中心')).toBeNull();
		expect(parseAuthors('主动靠前，让执法服务更增值。')).toBeNull();
		expect(parseAuthors('同心助发展 携手创未来')).toBeNull();
	});
});

describe('article headers', () => {
	it('takes a bare label above the headline as kicker, and keeps spaced headlines whole', () => {
		const { articles } = readArticles(fixture('kicker.txt'));
		expect(articles.map((a) => [a.kicker, a.title, a.authors])).toEqual([
			[null, '同心助发展 携手创未来', ['周静', '魏笑']],
			['余杭党群服务中心', '服务多元化 打造为民服务“幸福地”', ['潘婷', '阮晓霁']],
			[null, '江北区前江街道 探索工业社区治理模式 打通服务企业“最后一米”', ['马佳威', '项雨薇']]
		]);
		expect(articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 1]);
	});

	it('does not take the unfinished end of the previous article as a kicker', () => {
		const page = '标题\n\n张 三\n\n正文一句。\n\n没有结束的一行\n\n标签\n\n第二篇标题\n\n李 四\n\n正文。';
		const { articles } = readArticles(page);
		expect(articles.map((a) => a.kicker)).toEqual([null, null]);
		expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual(['正文一句。', '没有结束的一行标签']);
	});

	it('refuses a page that starts with text outside any article', () => {
		expect(() => readArticles('前言一句。\n\n标题\n\n张 三\n\n正文。')).toThrow(/before the first headline/);
	});
});
