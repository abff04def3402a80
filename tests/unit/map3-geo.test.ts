/**
 * The pure geodata transforms behind the map layers and panels of issue 3: connection arcs, the
 * generalised camera grid, browse-by-area counts and the camera that fits a box. Fixture in/out for
 * the arcs; regenerate the expected file with REGEN=1 after an intended change.
 */
import { bbox, distance, length } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../geo/basemap/format-json';
import type { SitesFile } from '../../src/lib/data/types';
import { buildAdminTree, type CountyUnit } from '../../src/lib/spatial/admin-tree';
import { buildConnections, connectedTo } from '../../src/lib/spatial/connections';
import { cameraForBox, pointsBox, type BBox } from '../../src/lib/spatial/fit';
import { snapToGrid } from '../../src/lib/spatial/generalise';

const dir = new URL('../fixtures/map3/', import.meta.url);
const sites = JSON.parse(readFileSync(new URL('sites.input.json', dir), 'utf8')) as SitesFile;
const arcsUrl = new URL('connections.expected.json', dir);

describe('buildConnections', () => {
	const arcs = buildConnections(sites);

	it('matches the expected fixture', async () => {
		if (process.env.REGEN || !existsSync(arcsUrl))
			writeFileSync(arcsUrl, await prettyJson(arcs, fileURLToPath(arcsUrl)));
		expect(arcs).toEqual(JSON.parse(readFileSync(arcsUrl, 'utf8')));
	});

	it('starts at partner_of where given, else at the first site of the article', () => {
		const ends = arcs.features.map((f) => [f.properties.from, f.properties.to, f.properties.inferred]);
		expect(ends).toEqual([
			['case-b', 'partner-named', false],
			['case-a', 'partner-default', true]
		]);
	});

	it('draws no arc from a point to itself and none for case sites', () => {
		const to = arcs.features.map((f) => f.properties.to);
		expect(to).not.toContain('partner-same-point');
		expect(to).not.toContain('case-a');
	});

	it('runs from one end to the other along a great circle, a little longer than the chord', () => {
		const arc = arcs.features.find((f) => f.properties.to === 'partner-default')!;
		expect(arc.geometry.type).toBe('LineString');
		const coords = arc.geometry.coordinates as number[][];
		expect(coords[0]![0]).toBeCloseTo(119.9325, 6);
		expect(coords.at(-1)![0]).toBeCloseTo(106.55771, 6);
		const chord = distance([119.9325, 30.27528], [106.55771, 29.56026]);
		// A great circle is the shortest path: within a metre of the haversine distance.
		expect(length(arc)).toBeGreaterThanOrEqual(chord - 0.001);
		expect(length(arc)).toBeLessThan(chord + 0.5);
		// East–west at 30°N: a great circle runs north of the straight line on the map (the rhumb line).
		const middle = coords[Math.floor(coords.length / 2)]!;
		const rhumbLat = 30.27528 + ((29.56026 - 30.27528) * (119.9325 - middle[0]!)) / (119.9325 - 106.55771);
		expect(middle[1]!).toBeGreaterThan(rhumbLat + 0.1);
	});

	it('lists, for a site, the places its arcs join it to, from either end', () => {
		const name = (id: string) => sites.features.find((f) => f.properties.id === id)!.properties.name_zh;
		expect(connectedTo(arcs, 'case-b')).toEqual([{ id: 'partner-named', name_zh: name('partner-named') }]);
		expect(connectedTo(arcs, 'partner-default')).toEqual([{ id: 'case-a', name_zh: name('case-a') }]);
		expect(connectedTo(arcs, 'partner-same-point')).toEqual([]);
	});
});

describe('snapToGrid', () => {
	const pt = (lng: number, lat: number): Feature<Point> => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [lng, lat] },
		properties: {}
	});

	it('puts nearby points in one cell with their count, and each point inside its cell', () => {
		const points = [pt(119.1, 27.55), pt(119.1005, 27.5502), pt(119.2, 27.6)];
		const cells = snapToGrid(points, 1);
		expect(cells.features.map((c) => c.properties.count).sort()).toEqual([1, 2]);
		for (const p of points) {
			const [x, y] = p.geometry.coordinates as [number, number];
			const holding = cells.features.filter((c) => {
				const [w, s, e, n] = bbox(c);
				return x >= w && x < e && y >= s && y < n;
			});
			expect(holding).toHaveLength(1);
		}
	});

	it('makes cells about cellKm on a side, whatever the latitude', () => {
		for (const lat of [0, 27.5, 60]) {
			const [cell] = snapToGrid([pt(119.1, lat)], 1).features;
			const [w, s, e, n] = bbox(cell!);
			expect(distance([w, s], [w, n])).toBeCloseTo(1, 1);
			expect(distance([w, (s + n) / 2], [e, (s + n) / 2])).toBeCloseTo(1, 1);
		}
	});

	it('hides where in the cell a point lies: two points of one cell give the same output as one', () => {
		const a = snapToGrid([pt(119.1, 27.55)], 1).features[0]!.geometry;
		const b = snapToGrid([pt(119.1004, 27.5503)], 1).features[0]!.geometry;
		expect(a).toEqual(b);
	});

	it('does not depend on input order and refuses a non-positive cell', () => {
		const points = [pt(119.1, 27.55), pt(119.3, 27.7), pt(119.2, 27.6)];
		expect(snapToGrid(points, 1)).toEqual(snapToGrid([...points].reverse(), 1));
		expect(() => snapToGrid(points, 0)).toThrow(/positive/);
	});
});

describe('buildAdminTree', () => {
	const unit = (adcode: string, name: string, city: string, box: BBox): CountyUnit => ({
		adcode,
		name,
		name_en: name,
		city,
		city_en: city,
		bbox: box
	});
	const counties = [
		unit('330110', '余杭区', '杭州市', [119.7, 30.1, 120.4, 30.6]),
		unit('330205', '江北区', '宁波市', [121.4, 29.9, 121.6, 30.1]),
		unit('330206', '北仑区', '宁波市', [121.7, 29.7, 122.2, 30.0]),
		unit('330382', '乐清市', '温州市', [120.7, 27.9, 121.2, 28.5]),
		unit('330102', '上城区', '杭州市', [120.1, 30.0, 120.5, 30.3])
	];
	const tree = buildAdminTree(counties, sites.features);

	it('counts cases by their own sites and sites including partners, at every level', () => {
		const ningbo = tree.cities.find((c) => c.name === '宁波市')!;
		expect([ningbo.cases, ningbo.sites]).toEqual([2, 3]);
		const beilun = ningbo.counties.find((c) => c.unit.name === '北仑区')!;
		expect([beilun.cases, beilun.sites, beilun.unplaced]).toEqual([1, 2, 1]);
		const wenzhou = tree.cities.find((c) => c.name === '温州市')!;
		expect([wenzhou.cases, wenzhou.sites]).toEqual([0, 1]); // a partner only
	});

	it('names streets from their sites, 街道 before a 小镇 that is a town by name only', () => {
		const yuhang = tree.cities.find((c) => c.name === '杭州市')!.counties[0]!;
		expect(yuhang.streets).toEqual([
			{
				code: '330110013',
				name: '余杭街道',
				siteIds: ['case-a', 'case-b', 'partner-same-point'],
				cases: 1,
				sites: 3
			}
		]);
	});

	it('leaves out counties without sites, and keeps sites no county holds apart', () => {
		expect(tree.cities.flatMap((c) => c.counties.map((k) => k.unit.name))).not.toContain('上城区');
		expect(tree.elsewhere.map((s) => s.properties.id).sort()).toEqual(['linping-place', 'partner-default']);
	});

	it("gives a city the union of all its counties' boxes, those without sites included", () => {
		expect(tree.cities.find((c) => c.name === '宁波市')!.bbox).toEqual([121.4, 29.7, 122.2, 30.1]);
		expect(tree.cities.find((c) => c.name === '杭州市')!.bbox).toEqual([119.7, 30.0, 120.5, 30.6]);
	});
});

describe('cameraForBox', () => {
	it('centres on the box and zooms so that it fills the smaller side', () => {
		// One degree of longitude at the equator is 512·2^z/360 px: 1° in 360 px wide fits at z = log2(360·360/512).
		const cam = cameraForBox([0, -0.5, 1, 0.5], { width: 360, height: 1000 }, { padding: 0, maxZoom: 20 });
		expect(cam.lng).toBeCloseTo(0.5, 9);
		expect(cam.lat).toBeCloseTo(0, 6);
		expect(cam.zoom).toBeCloseTo(Math.log2((360 * 360) / 512), 3);
	});

	it('puts the centre at the Mercator middle, north of the mean latitude, and clamps the zoom', () => {
		const cam = cameraForBox([119, 27, 123, 31], { width: 800, height: 600 });
		expect(cam.lat).toBeGreaterThan(29);
		expect(cam.lat).toBeLessThan(29.1);
		expect(cameraForBox([120, 30, 120, 30], { width: 800, height: 600 }).zoom).toBe(13);
	});
});

describe('pointsBox', () => {
	it('grows each point by its radius, about the same distance in each direction', () => {
		const [w, s, e, n] = pointsBox([{ coordinates: [120, 30], radius_m: 1000 }]);
		expect(distance([120, 30], [120, n])).toBeCloseTo(1, 2);
		expect(distance([120, 30], [e, 30])).toBeCloseTo(1, 2);
		expect([w, s]).toEqual([240 - e, 60 - n]);
	});
});
