import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArticles, PAGE_PATH } from '../../geo/articles/build';
import { ENGLISH } from '../../geo/articles/english';
import { parsePage } from '../../geo/articles/page';
import type { ArticlesFile } from '../../src/lib/data/types';

const page = readFileSync(PAGE_PATH, 'utf8');
const { articles } = parsePage(page);
const noSpace = (s: string) => s.replace(/\s+/gu, '');

// Expected values read off the page by hand, not copied from the parser's output.
const EXPECTED = [
	['beilun-enforcement', null, '宁波北仑 “大综合一体化”改革提升群众获得感', ['段琼蕾', '张玲'], 10, 0],
	[
		'jiangbei-118-community',
		null,
		'江北区前江街道 探索工业社区治理模式 打通服务企业“最后一米”',
		['马佳威', '项雨薇'],
		11,
		0
	],
	['yuhang-ai-tongxinhui', null, '同心助发展 携手创未来', ['周静', '魏笑'], 8, 0],
	['qingyuan-gep-vep', null, '探索项目建设全生命周期“GEP+VEP”应用场景庆元模式', ['吴新', '范云鹏'], 6, 1],
	[
		'yuhang-party-mass-centres',
		'余杭党群服务中心',
		'服务多元化 打造为民服务“幸福地”',
		['潘婷', '阮晓霁'],
		5,
		1
	],
	[
		'anji-xiaoyuan-task-forces',
		null,
		'安吉县孝源街道 专班推进抓落实 项目建设提质效',
		['沈嘉毅', '陈玉兰'],
		6,
		1
	]
];

describe('the newspaper page', () => {
	it('holds six articles with the ids, headers and paragraph and figure counts read off the page', () => {
		expect(
			articles.map((a) => [a.id, a.kicker, a.title, a.authors, a.paragraphs.length, a.figures.length])
		).toEqual(EXPECTED);
		expect(articles.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('repairs every column break the page shows', () => {
		const all = articles.flatMap((a) => a.paragraphs).join('\n');
		for (const joined of [
			'该街道创新引入第三方运营单位',
			'“AI同心荟”形成高效赋能的',
			'助力构建美好生活的社会共享共富格局',
			'监测手段，',
			'扩大应用领域，',
			'“党群连心 美好同行”连心志愿服务集市活动',
			'剪了头发，还买了',
			'本地居民的热门“打卡”地',
			'以青年力量赋能区域高质量发展。'
		]) {
			expect(all).toContain(joined);
		}
		expect(articles[0]?.paragraphs[7]).toBe('主动靠前，让执法服务更增值。');
	});

	it('ends every paragraph with a finished sentence, as every paragraph on the page is', () => {
		const unfinished = articles.flatMap((a) => a.paragraphs).filter((p) => !/[。！？…][”’）]*$/u.test(p));
		expect(unfinished).toEqual([]);
	});

	it('gives each caption to its article, whatever its position on the page', () => {
		const captionsOf = (id: string) => articles.find((a) => a.id === id)?.figures.map((f) => f.caption);
		expect(captionsOf('qingyuan-gep-vep')).toEqual(['庆元双苗尖风电(图片由庆元县发改局提供)']);
		expect(captionsOf('yuhang-party-mass-centres')).toEqual([
			'“党群连心 美好同行”连心志愿服务集市现场(图片由余杭区闲林街道办事处提供)'
		]);
		expect(captionsOf('anji-xiaoyuan-task-forces')).toEqual([
			'安吉县孝源街道联合县发改局、安吉开发区，就西拓平台工作推进进行现场会商。(图片由安吉县孝源街道提供)'
		]);
		for (const f of articles.flatMap((a) => a.figures)) {
			expect(f.caption.endsWith(`(${f.credit})`)).toBe(true);
			expect(f.assignedBy).toMatch(/^credit-place: /);
		}
	});

	it('loses and invents nothing: output text equals the page text, captions moved out', () => {
		const lines = page.split('\n').map((l) => l.trim());
		const captionLines = lines.filter((l) => /\(图片由.+提供\)$/u.test(l));
		const figures = articles.flatMap((a) => a.figures.map((f) => f.caption));
		expect([...figures].sort()).toEqual([...captionLines].sort());

		const pageWithoutCaptions = lines.filter((l) => !captionLines.includes(l)).join('');
		const output = articles
			.map((a) => (a.kicker ?? '') + a.title + a.authors.join('') + a.paragraphs.join(''))
			.join('');
		expect(noSpace(output)).toBe(noSpace(pageWithoutCaptions));

		// Spaces inside a line are print too ("党群连心 美好"): every line survives verbatim somewhere.
		const fields = articles.flatMap((a) => [a.kicker ?? '', a.title, ...a.paragraphs, ...figures]);
		const bylines = new Set(articles.map((a) => a.authors.join('')));
		const missing = lines.filter((l) => l && !bylines.has(noSpace(l)) && !fields.some((f) => f.includes(l)));
		expect(missing).toEqual([]);
	});
});

describe('buildArticles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'articles-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes the articles with the page hash and no invented outlet', () => {
		const out = join(dir, 'articles.json');
		buildArticles({ out, outEn: join(dir, 'articles-en.json'), log: false });
		const file = JSON.parse(readFileSync(out, 'utf8')) as ArticlesFile;
		expect(file.source).toEqual({
			file: 'geo/sources/page-000_ea8cb84bd42bd9c1.txt',
			sha256: createHash('sha256').update(readFileSync(PAGE_PATH)).digest('hex'),
			outlet: null
		});
		// The page's text, with the English written for this project beside it.
		expect(file.articles).toEqual(articles.map((a) => ({ ...a, ...ENGLISH[a.id] })));
		expect(file.articles.every((a) => a.title_en && a.summary_en)).toBe(true);
	});

	it('writes the English translation beside it, the same as the shipped file', () => {
		const outEn = join(dir, 'articles-en.json');
		buildArticles({ out: join(dir, 'articles.json'), outEn, log: false });
		const shipped = fileURLToPath(new URL('../../static/data/articles-en.json', import.meta.url));
		// Shipped data out of date with geo/articles/translation: rebuild with npx tsx geo/articles/build.ts.
		expect(readFileSync(outEn, 'utf8')).toBe(readFileSync(shipped, 'utf8'));
	});
});
