import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedInQuery, fullAtlasHref } from '../../src/lib/embed/links';
import { embedHref, iframeSnippet } from '../../src/lib/embed/snippet';
import { readPng, withPngText } from '../../src/lib/figure/png-text';
import { parseHash } from '../../src/lib/url/hash';

/** A 2 × 1 RGB PNG built by hand, CRCs from zlib's crc32 (Node ≥ 20.15 has zlib.crc32; not needed: readPng checks). */
function tinyPng(): Uint8Array {
	const table = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (b: Uint8Array) => {
		let c = 0xffffffff;
		for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Uint8Array) => {
		const out = new Uint8Array(12 + data.length);
		const v = new DataView(out.buffer);
		v.setUint32(0, data.length);
		out.set(new TextEncoder().encode(type), 4);
		out.set(data, 8);
		v.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
		return out;
	};
	const ihdr = new Uint8Array(13);
	new DataView(ihdr.buffer).setUint32(0, 2);
	new DataView(ihdr.buffer).setUint32(4, 1);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const idat = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
	const parts = [
		new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', idat),
		chunk('IEND', new Uint8Array())
	];
	const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		png.set(p, at);
		at += p.length;
	}
	return png;
}

describe('PNG text record', () => {
	it('adds UTF-8 texts before IEND that read back, with valid CRCs', () => {
		const png = withPngText(tinyPng(), {
			Title: '浙江基层治理案例地图',
			'atlas-figure-record': '{"items":[]}'
		});
		const read = readPng(png);
		expect(read).toEqual({
			width: 2,
			height: 1,
			texts: { Title: '浙江基层治理案例地图', 'atlas-figure-record': '{"items":[]}' }
		});
		expect(new TextDecoder().decode(png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
	});
	it('refuses what is not a PNG and a keyword PNG does not allow', () => {
		expect(() => withPngText(new Uint8Array(20), { a: 'b' })).toThrow(/not a PNG/);
		expect(() => withPngText(tinyPng(), { '': 'b' })).toThrow(/keyword/);
	});
	it('notices a corrupted chunk', () => {
		const png = withPngText(tinyPng(), { Title: 'x' });
		png[png.length - 20] = png.at(-20)! ^ 1;
		expect(() => readPng(png)).toThrow(/CRC/);
	});
});

describe('embed links', () => {
	const base = 'https://atlas.example/zj/';
	it('reads ?embed=1 and the hash flag', () => {
		expect(embedInQuery('?embed=1')).toBe(true);
		expect(embedInQuery('?embed=0')).toBe(false);
		expect(embedInQuery('')).toBe(false);
		expect(parseHash('#map=9/28/119&embed=1').state.embed).toBe(true);
		expect(parseHash('#embed=yes').ignored).toEqual(['embed=yes (expected 1)']);
	});
	it('leads to the same view in the full atlas, wherever embed=1 was', () => {
		expect(fullAtlasHref(`${base}#map=9.00/28.000/119.000&embed=1&site=x`)).toBe(
			`${base}#map=9.00/28.000/119.000&site=x`
		);
		expect(fullAtlasHref(`${base}?embed=1#map=9.00/28.000/119.000`)).toBe(`${base}#map=9.00/28.000/119.000`);
		expect(fullAtlasHref(`${base}#embed=1`)).toBe(base);
		expect(fullAtlasHref(`${base}?a=b&embed=1#q=%E5%AE%89`)).toBe(`${base}?a=b#q=%E5%AE%89`);
	});
	it('makes an iframe of the view with embed=1 once, attributes escaped', () => {
		expect(embedHref(`${base}#map=9.00/28.000/119.000&layers=areas,cameras`)).toBe(
			`${base}#map=9.00/28.000/119.000&layers=areas,cameras&embed=1`
		);
		expect(embedHref(`${base}?embed=1#embed=1`)).toBe(`${base}#embed=1`);
		const snippet = iframeSnippet(`${base}#site=a&q=x"y`, 'Zhejiang "Case" Atlas');
		expect(snippet).toMatch(/^<iframe src="[^"]*" title="Zhejiang &quot;Case&quot; Atlas" [^<]*><\/iframe>$/);
		expect(snippet).toContain('src="https://atlas.example/zj/#site=a&amp;q=x%22y&amp;embed=1"');
	});
});
