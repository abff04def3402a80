/**
 * The numbers a text states, as values, so a Chinese paragraph and its translation can be compared
 * number by number: 3万余人 and "more than 30,000 people" both give 30000, 三年 and "three years" 3,
 * 2023年5月 and "May 2023" 2023 and 5, 96.35% and "96.35%" 96.35.
 *
 * One rule is deliberate: a number written as a word that equals one (一, "one", "first") is not
 * compared. Chinese says "a" with 一 and a measure word (一笔大额订单, a large order) and puts 一 inside
 * words (一体化, 进一步, 统一), so neither side's "one" carries a count the other must repeat. Digits
 * are always compared, 1 included.
 */

const HAN_DIGITS: Record<string, number> = {
	〇: 0,
	零: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_MYRIADS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Words whose numeral characters are part of a name or word, not a count. */
export const NOT_NUMBERS_ZH = ['百花岩', '百姓', '两江', '洛四房'];

/** Rounds away binary fractions, so 4.3 × 10 000 is 43000. */
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

/** 二十四 → 24, 百 → 100, 一万二 is not written in these texts; 十 alone is 10. */
export function hanNumeral(run: string): number {
	let total = 0;
	let section = 0;
	let digit = 0;
	for (const ch of run) {
		if (ch in HAN_DIGITS) digit = HAN_DIGITS[ch]!;
		else if (ch in HAN_UNITS) {
			section += (digit || 1) * HAN_UNITS[ch]!;
			digit = 0;
		} else if (ch in HAN_MYRIADS) {
			total += (section + digit || 1) * HAN_MYRIADS[ch]!;
			section = 0;
			digit = 0;
		} else throw new Error(`not a Chinese numeral: ${ch} in ${run}`);
	}
	return total + section + digit;
}

const ZH_NUMBER = /(\d+(?:\.\d+)?)([万亿])?|[〇零一二两三四五六七八九十百千万亿]+/gu;

export function numbersZh(text: string): number[] {
	let masked = text;
	for (const word of NOT_NUMBERS_ZH) masked = masked.replaceAll(word, ' '.repeat(word.length));
	const out: number[] = [];
	for (const m of masked.matchAll(ZH_NUMBER)) {
		if (m[1] !== undefined) out.push(clean(Number(m[1]) * (m[2] ? HAN_MYRIADS[m[2]]! : 1)));
		else {
			const value = hanNumeral(m[0]);
			if (value !== 1) out.push(value);
		}
	}
	return out;
}

const EN_UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const EN_ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

// Digits with thousands commas or a decimal part, an optional scale word; or a run of number words
// ("twenty-four", "a hundred"); or a month's name (capitalised, so the verb "may" is not May).
const EN_NUMBER = new RegExp(
	[
		String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion)\b)?`,
		String.raw`\b((?:(?:${[...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].join('|')})(?:[\s-]+|\b))+)`,
		String.raw`\b(${Object.keys(EN_ORDINALS).join('|')})\b`,
		String.raw`\b(${MONTHS.join('|')})\b`
	].join('|'),
	'gi'
);

/** "twenty-four" → 24, "a hundred" (as "hundred") → 100, "two hundred" → 200. */
export function englishWords(run: string): number {
	let total = 0;
	let current = 0;
	for (const word of run
		.toLowerCase()
		.split(/[\s-]+/)
		.filter(Boolean)) {
		if (word in EN_UNITS) current += EN_UNITS[word]!;
		else if (word === 'hundred') current = (current || 1) * 100;
		else {
			total += (current || 1) * EN_SCALES[word]!;
			current = 0;
		}
	}
	return total + current;
}

export function numbersEn(text: string): number[] {
	const out: number[] = [];
	for (const m of text.matchAll(EN_NUMBER)) {
		const [, digits, scale, words, ordinal, month] = m;
		if (digits !== undefined)
			out.push(clean(Number(digits.replaceAll(',', '')) * (scale ? EN_SCALES[scale.toLowerCase()]! : 1)));
		else if (words !== undefined) {
			const value = englishWords(words);
			if (value !== 1) out.push(value);
		} else if (ordinal !== undefined) {
			const value = EN_ORDINALS[ordinal.toLowerCase()]!;
			if (value !== 1) out.push(value);
		} else if (month !== undefined && month[0] === month[0]!.toUpperCase())
			out.push(MONTHS.indexOf(month[0]!.toUpperCase() + month.slice(1).toLowerCase()) + 1);
	}
	return out;
}

/** Sorted, so the comparison ignores word order, which English and Chinese do not share. */
export const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
