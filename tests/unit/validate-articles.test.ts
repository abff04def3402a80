import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError, validateArticles, validateEnglish } from '../../src/lib/data/validate';

const DIR = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const FILE = 'static/data/articles.json';
const valid = () => JSON.parse(readFileSync(DIR + 'articles-valid.json', 'utf8'));
const messages = (json: unknown) => {
	const r = validateArticles(json, FILE);
	return r.ok ? [] : r.errors.map(formatError);
};

describe('validateArticles', () => {
	it('passes the valid fixture', () => {
		expect(messages(valid())).toEqual([]);
	});

	it('rejects a file that is not an object', () => {
		expect(messages([])).toEqual([`${FILE}: must be an object with "source" and "articles" (got [])`]);
	});

	it('names the article and field of empty paragraphs and a wrong-typed kicker', () => {
		const json = valid();
		json.articles[0].paragraphs = [];
		json.articles[1].paragraphs[1] = ' ';
		json.articles[2].kicker = 3;
		expect(messages(json)).toEqual([
			`${FILE}: article "beilun-enforcement" field "paragraphs": must not be empty`,
			`${FILE}: article "jiangbei-118-community" field "paragraphs[1]": must be a non-empty string (got " ")`,
			`${FILE}: article "yuhang-ai-tongxinhui" field "kicker": must be a string or null (got 3)`
		]);
	});

	it('reports an unknown id, the id it leaves missing, and a duplicate order', () => {
		const json = valid();
		json.articles[5].id = 'anji';
		json.articles[4].order = 4;
		expect(messages(json)).toEqual([
			`${FILE}: article "yuhang-party-mass-centres" field "order": duplicate order 4: article #3 has it too`,
			`${FILE}: article "anji" field "id": must be one of "beilun-enforcement", "jiangbei-118-community", "yuhang-ai-tongxinhui", "qingyuan-gep-vep", "yuhang-party-mass-centres", "anji-xiaoyuan-task-forces" (got "anji")`,
			`${FILE}: field "articles": missing article "anji-xiaoyuan-task-forces"`
		]);
	});

	it('checks figures field by field and the source hash', () => {
		const json = valid();
		delete json.articles[3].figures[0].assignedBy;
		json.source.sha256 = 'abc';
		expect(messages(json)).toEqual([
			`${FILE}: field "source.sha256": must be 64 lowercase hex digits (got "abc")`,
			`${FILE}: article "qingyuan-gep-vep" field "figures[0].assignedBy": is required`
		]);
	});

	it('names an article without an id by its index', () => {
		const json = valid();
		delete json.articles[2].id;
		expect(messages(json)).toEqual([
			`${FILE}: article #2 field "id": is required`,
			`${FILE}: field "articles": missing article "yuhang-ai-tongxinhui"`
		]);
	});

	it('accepts the English title and summary as optional, and names them when empty or not strings', () => {
		const json = valid();
		json.articles[0].title_en = 'A title';
		json.articles[0].summary_en = 'A summary.';
		expect(messages(json)).toEqual([]);
		json.articles[1].title_en = '';
		json.articles[2].summary_en = 42;
		expect(messages(json)).toEqual([
			`${FILE}: article "jiangbei-118-community" field "title_en": must be a non-empty string (got "")`,
			`${FILE}: article "yuhang-ai-tongxinhui" field "summary_en": must be a non-empty string (got 42)`
		]);
	});

	it('passes the shipped file, which has an English title and summary for every article', () => {
		const shipped = JSON.parse(
			readFileSync(fileURLToPath(new URL('../../' + FILE, import.meta.url)), 'utf8')
		);
		expect(messages(shipped)).toEqual([]);
		for (const a of shipped.articles) {
			expect(a.title_en, a.id).toMatch(/\w/);
			// 2–4 sentences, as the issue asks.
			const sentences = (a.summary_en as string).split(/(?<=[.!?])\s+/).length;
			expect(sentences, a.id).toBeGreaterThanOrEqual(2);
			expect(sentences, a.id).toBeLessThanOrEqual(4);
		}
	});
});

describe('validateEnglish', () => {
	const EN = 'static/data/articles-en.json';
	const en = () => JSON.parse(readFileSync(DIR + 'articles-en-valid.json', 'utf8'));
	const shape = (json: { articles: { id: string; paragraphs: unknown[]; figures: unknown[] }[] }) =>
		json.articles.map((a) => ({ id: a.id, paragraphs: a.paragraphs.length, figures: a.figures.length }));
	const messagesEn = (json: unknown, chinese = shape(valid())) => {
		const r = validateEnglish(json, EN, chinese);
		return r.ok ? [] : r.errors.map(formatError);
	};

	it('passes the valid fixture, and the shipped file against the shipped Chinese', () => {
		expect(messagesEn(en())).toEqual([]);
		const shipped = (name: string) =>
			JSON.parse(readFileSync(fileURLToPath(new URL('../../static/data/' + name, import.meta.url)), 'utf8'));
		expect(messagesEn(shipped('articles-en.json'), shape(shipped('articles.json')))).toEqual([]);
	});

	it('names the file, article and field of what is wrong', () => {
		const json = en();
		delete json.notice;
		json.articles[0].paragraphs[1] = '';
		json.articles[2].places = [{ site: 'x', zh: '', en: 'X' }];
		json.articles[3].figures = [];
		delete json.articles[5];
		json.articles = json.articles.filter(Boolean);
		expect(messagesEn(json)).toEqual([
			`${EN}: field "notice": is required`,
			`${EN}: article "beilun-enforcement" field "paragraphs[1]": must be a non-empty string (got "")`,
			`${EN}: article "yuhang-ai-tongxinhui" field "places[0].zh": must be a non-empty string (got "")`,
			`${EN}: article "qingyuan-gep-vep" field "figures": has 0 entries but the Chinese has 1: the translation is out of step`,
			`${EN}: field "articles": missing article "anji-xiaoyuan-task-forces"`
		]);
	});

	it('checks the counts only when it has the Chinese to check them against', () => {
		const json = en();
		json.articles[0].paragraphs.push('One more.');
		expect(messagesEn(json)).toEqual([
			`${EN}: article "beilun-enforcement" field "paragraphs": has 3 entries but the Chinese has 2: the translation is out of step`
		]);
		expect(validateEnglish(json, EN).ok).toBe(true);
	});
});
