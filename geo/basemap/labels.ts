/**
 * Label points: one per city, county, context province and named lake, placed at mapshaper's
 * "inner" point of the (simplified) polygon; sea labels at hand-picked points checked against the sea.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LabelKind } from '../../src/lib/basemap/files';
import { stripAdminSuffix } from '../lib/counties';
import { NAMED_LAKES, WATER_LABELS } from './extent';
import { pointInPolygonal } from './layers';
import { mapshaperGeojson } from './ms';

export interface LabelProperties {
	kind: LabelKind;
	name: string;
	name_en: string;
}
export type Label = Feature<Point, LabelProperties>;

async function innerPoints(commands: string, input: FeatureCollection): Promise<FeatureCollection<Point>> {
	return (await mapshaperGeojson(`-i in.json ${commands} -points inner`, {
		'in.json': input
	})) as FeatureCollection<Point>;
}

function label(f: Feature<Point>, kind: LabelKind, name: string, name_en: string): Label {
	return { type: 'Feature', properties: { kind, name, name_en }, geometry: f.geometry };
}

export async function buildLabels(layers: {
	counties: FeatureCollection;
	neighbours: FeatureCollection;
	lakes: FeatureCollection;
	sea: FeatureCollection;
}): Promise<FeatureCollection<Point, LabelProperties>> {
	const p = (f: Feature) => f.properties as Record<string, string>;
	const cities = await innerPoints('-dissolve fields=city copy-fields=city_en', layers.counties);
	const counties = await innerPoints('', layers.counties);
	const provinces = await innerPoints('', layers.neighbours);
	const lakes = await innerPoints('-filter \'name !== ""\' -dissolve fields=name', layers.lakes);
	const seaShape = layers.sea.features[0]!.geometry as Polygon | MultiPolygon;
	const water = WATER_LABELS.map((w): Label => {
		if (!pointInPolygonal(w.at, seaShape))
			throw new Error(`basemap: water label ${w.name} is not in the sea`);
		return {
			type: 'Feature',
			properties: { kind: 'sea', name: w.name, name_en: w.name_en },
			geometry: { type: 'Point', coordinates: w.at }
		};
	});
	const lakeEn = (zh: string) => NAMED_LAKES.find((l) => l.name === zh)?.name_en ?? '';
	const features: Label[] = [
		...cities.features.map((f) => label(f, 'city', stripAdminSuffix(p(f).city!), p(f).city_en!)),
		...counties.features.map((f) => label(f, 'county', p(f).name!, p(f).name_en!)),
		...provinces.features.map((f) => label(f, 'province', p(f).name!, p(f).name_en!)),
		...lakes.features.map((f) => label(f, 'lake', p(f).name!, lakeEn(p(f).name!))),
		...water
	];
	return { type: 'FeatureCollection', features };
}

/** Printable ASCII: the pinyin, and anything a label gains before the fonts are rebuilt. */
export const PRINTABLE_ASCII = String.fromCharCode(
	...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i)
);

/** Every character any label shows, plus printable ASCII. */
export function labelCharacters(labels: FeatureCollection<Point, LabelProperties>): string {
	const chars = new Set<string>(PRINTABLE_ASCII);
	for (const f of labels.features) for (const ch of f.properties.name + f.properties.name_en) chars.add(ch);
	return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
