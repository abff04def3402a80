/**
 * Where a query matches a line, and the snippet that shows it: plain segments flagged for <mark>,
 * so the UI builds text nodes and never parses data as HTML. Positions count characters (code
 * points), as the pinyin readings do.
 */
import { pinyinRanges, type Range } from './pinyin';
import { HAN, runs } from './tokenize';
import type { Line } from './documents';

export interface Segment {
	text: string;
	mark: boolean;
}

/** Matches of every query run in the line, merged: Han runs literally, words at a word start or in pinyin. */
export function matchRanges(line: Line, query: string): Range[] {
	const chars = [...line.text];
	const lower = chars.map((c) => c.toLowerCase());
	const found: Range[] = [];
	for (const run of runs(query)) {
		const needle = [...run];
		for (let i = 0; i + needle.length <= chars.length; i++) {
			if (!needle.every((c, k) => lower[i + k] === c)) continue;
			// A Latin word matches from the start of a word: "ai" finds "AI", not "said".
			if (!HAN.test(run) && i > 0 && /[\p{L}\p{N}]/u.test(chars[i - 1]!) && !HAN.test(chars[i - 1]!))
				continue;
			found.push([i, i + needle.length]);
		}
		if (!HAN.test(run) && line.syllables) found.push(...pinyinRanges(line.syllables, run));
	}
	return merge(found);
}

export function merge(ranges: Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/** The line cut to about `width` characters around its first match, with the matches marked. */
export function snippet(text: string, ranges: Range[], width = 80): Segment[] {
	const chars = [...text];
	const first = ranges[0]?.[0] ?? 0;
	const start = chars.length <= width ? 0 : Math.max(0, Math.min(first - 16, chars.length - width));
	const end = Math.min(chars.length, start + width);
	const segments: Segment[] = [];
	const push = (from: number, to: number, mark: boolean) => {
		if (to > from) segments.push({ text: chars.slice(from, to).join(''), mark });
	};
	let at = start;
	for (const [a, b] of ranges) {
		if (b <= at || a >= end) continue;
		push(at, Math.max(at, a), false);
		push(Math.max(at, a), Math.min(b, end), true);
		at = Math.min(b, end);
	}
	push(at, end, false);
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < chars.length) segments.push({ text: '…', mark: false });
	return segments;
}
