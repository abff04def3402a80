import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it } from 'vitest';
import { metresOutside, provinceOutline } from '../../geo/validate/province';
import { checkData, DEFAULT_PATHS } from '../../geo/validate/run';

const DIR = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const topology = JSON.parse(readFileSync(DIR + 'zhejiang-mini.topojson', 'utf8')) as Topology;
const SITES = 'static/data/sites.geojson';
let roots: string[] = [];

/** A throwaway repo root holding the valid fixtures where geo:check looks for them. */
const DEM = fileURLToPath(new URL('../../geo/sources/dem/N27E119.hgt', import.meta.url));

function fakeRoot(opts: { basemap?: boolean; monitoring?: string } = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'geo-check-'));
	roots.push(root);
	mkdirSync(join(root, 'static/data'), { recursive: true });
	copyFileSync(DIR + 'articles-valid.json', join(root, 'static/data/articles.json'));
	copyFileSync(DIR + 'articles-en-valid.json', join(root, 'static/data/articles-en.json'));
	copyFileSync(DIR + 'sites-valid.geojson', join(root, SITES));
	copyFileSync(
		DIR + (opts.monitoring ?? 'monitoring-valid.geojson'),
		join(root, 'static/data/monitoring-qingyuan.geojson')
	);
	mkdirSync(join(root, 'geo/sources/dem'), { recursive: true });
	symlinkSync(DEM, join(root, 'geo/sources/dem/N27E119.hgt'));
	if (opts.basemap !== false) {
		mkdirSync(join(root, 'static/basemap'));
		copyFileSync(DIR + 'zhejiang-mini.topojson', join(root, 'static/basemap/zhejiang.topojson'));
	}
	return root;
}

function editSites(
	root: string,
	edit: (fc: {
		features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
	}) => void
) {
	const fc = JSON.parse(readFileSync(join(root, SITES), 'utf8'));
	edit(fc);
	writeFileSync(join(root, SITES), JSON.stringify(fc));
}

afterEach(() => {
	for (const r of roots) rmSync(r, { recursive: true, force: true });
	roots = [];
});

describe('provinceOutline', () => {
	it('uses the county object and drops polygons whose adcode is not Zhejiang', () => {
		const outline = provinceOutline(topology);
		expect(outline.objects).toEqual(['counties']);
		expect(outline.polygons.map((p) => p.properties?.adcode)).toEqual(['331126', '330206']);
		expect(metresOutside(outline, [119.5, 28])).toBe(0);
		expect(metresOutside(outline, [119.5, 26])).toBeGreaterThan(100_000);
	});
});

describe('checkData', () => {
	it('passes the valid fixtures and says what it tested', () => {
		const report = checkData(DEFAULT_PATHS(fakeRoot()));
		expect(report.errors).toEqual([]);
		expect(report.summary).toContain(
			'inside Zhejiang: 52 features tested against static/basemap/zhejiang.topojson (counties)'
		);
	});

	it('names a missing file and a file that is not JSON', () => {
		const root = fakeRoot();
		rmSync(join(root, SITES));
		writeFileSync(join(root, 'static/data/articles.json'), '{"articles": [');
		const { errors } = checkData(DEFAULT_PATHS(root));
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/^static\/data\/articles\.json: invalid JSON \(.+\)$/);
		expect(errors[1]).toBe(`${SITES}: file is missing`);
	});

	it('flags a site outside Zhejiang unless it says outside_zhejiang', () => {
		const root = fakeRoot();
		editSites(root, (fc) => {
			fc.features[0]!.geometry.coordinates = [119.5, 26];
			fc.features[1]!.geometry.coordinates = [114.3, 30.6];
			fc.features[1]!.properties.outside_zhejiang = true;
		});
		const { errors } = checkData(DEFAULT_PATHS(root));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^static\/data\/sites\.geojson: feature "meishan-street" field "geometry\.coordinates": lies outside Zhejiang \(\d+ m from the outline\); set "outside_zhejiang": true if that is right$/
		);
	});

	it('checks paragraph numbers against articles.json and partners against the sites', () => {
		const root = fakeRoot();
		editSites(root, (fc) => {
			fc.features[0]!.properties.paragraphs = [1, 3];
			Object.assign(fc.features[1]!.properties, { role: 'partner', partner_of: 'meishan-street' });
		});
		expect(checkData(DEFAULT_PATHS(root)).errors).toEqual([
			`${SITES}: feature "meishan-street" field "paragraphs[1]": paragraph 3 does not exist: article "beilun-enforcement" has 2`,
			`${SITES}: feature "qingyuan-seat" field "partner_of": names a site of article "beilun-enforcement", not "qingyuan-gep-vep"`
		]);
	});

	it('checks the English against the Chinese it translates: paragraph counts and page', () => {
		const edited = (
			edit: (en: { articles: { paragraphs: string[] }[]; source: { sha256: string } }) => void
		) => {
			const root = fakeRoot();
			const path = join(root, 'static/data/articles-en.json');
			const en = JSON.parse(readFileSync(path, 'utf8'));
			edit(en);
			writeFileSync(path, JSON.stringify(en));
			return checkData(DEFAULT_PATHS(root)).errors;
		};
		expect(edited((en) => en.articles[1]!.paragraphs.pop())).toEqual([
			'static/data/articles-en.json: article "jiangbei-118-community" field "paragraphs": has 1 entries but the Chinese has 2: the translation is out of step'
		]);
		expect(edited((en) => (en.source.sha256 = 'f'.repeat(64)))).toEqual([
			expect.stringMatching(
				/^static\/data\/articles-en\.json: field "source\.sha256": translates a different page than articles\.json/
			)
		]);
	});

	it('measures every transect and camera on the DEM and names one off its claimed band or misrecorded', () => {
		const fixture = JSON.parse(readFileSync(DIR + 'monitoring-off-band.geojson', 'utf8')) as {
			features: { properties: { id: string; elevation_m?: number[]; elevation_band_m?: number[] } }[];
		};
		const offBand = fixture.features.find(
			(f) => f.properties.elevation_band_m?.[1] === 3000 && f.properties.elevation_band_m[0]! > 0
		)!;
		const [lo, hi] = offBand.properties.elevation_m!;
		const { errors } = checkData(DEFAULT_PATHS(fakeRoot({ monitoring: 'monitoring-off-band.geojson' })));
		expect(errors).toEqual([
			`static/data/monitoring-qingyuan.geojson: feature "${offBand.properties.id}" field "elevation_band_m": the ground under it is ${lo}–${hi} m, outside the claimed ${offBand.properties.elevation_band_m![0]}–3000 m`,
			expect.stringMatching(
				/^static\/data\/monitoring-qingyuan\.geojson: feature "qingyuan-camera-west-01" field "elevation_m": records (\d+)–\1 m, the ground is (\d+)–\2 m$/
			)
		]);
	});

	it('fails without the DEM the elevations are checked against', () => {
		const root = fakeRoot();
		rmSync(join(root, 'geo/sources/dem/N27E119.hgt'));
		expect(checkData(DEFAULT_PATHS(root)).errors).toEqual(['geo/sources/dem/N27E119.hgt: file is missing']);
	});

	it('skips the outline check with a warning when the basemap is absent', () => {
		const report = checkData(DEFAULT_PATHS(fakeRoot({ basemap: false })));
		expect(report.errors).toEqual([]);
		expect(report.warnings).toEqual([
			'static/basemap/zhejiang.topojson not found: skipped the inside-Zhejiang check'
		]);
	});
});
