/**
 * Validators for the three data files. Pure (no node imports): geo/check.ts runs them at build time and
 * the app runs them again at load time. Every error names the file, the feature or article, and the field.
 */
import { booleanPointInPolygon, booleanWithin, length } from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';
import {
	ARTICLE_IDS,
	type ArticlesFile,
	type MonitoringFeature,
	type MonitoringFile,
	type MonitoringKind,
	type SiteRepresents,
	type SiteRole,
	type SitesFile,
	type SourceCrs
} from './types';

export interface ValidationError {
	file: string;
	/** What the error is about; absent for file-level errors. */
	entity?: 'feature' | 'article';
	/** The item's own id when it has a usable one, else its 0-based index in the array. */
	id?: string;
	index?: number;
	field?: string;
	message: string;
}
export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: ValidationError[] };

export const SOURCE_CRS: readonly SourceCrs[] = ['WGS84', 'GCJ-02', 'BD-09'];
export const SITE_REPRESENTS: readonly SiteRepresents[] = [
	'facility',
	'street-seat',
	'town-seat',
	'county-seat',
	'centroid',
	'approximate'
];
export const SITE_ROLES: readonly SiteRole[] = ['site', 'partner'];
export const MONITORING_KINDS: readonly MonitoringKind[] = [
	'wind-farm',
	'project-area',
	'transect',
	'camera'
];
/** "红外观测样点24个" and "观测样线20余条" in the Qingyuan article. */
export const QINGYUAN_CAMERAS = 24;
export const QINGYUAN_MIN_TRANSECTS = 21;
const GEOMETRY_BY_KIND: Record<MonitoringKind, string[]> = {
	'wind-farm': ['LineString', 'Polygon'],
	'project-area': ['Polygon'],
	transect: ['LineString'],
	camera: ['Point']
};

export function formatError(e: ValidationError): string {
	const where: string[] = [];
	if (e.entity) where.push(e.id !== undefined ? `${e.entity} "${e.id}"` : `${e.entity} #${e.index}`);
	if (e.field) where.push(`field "${e.field}"`);
	return `${e.file}: ${where.length ? where.join(' ') + ': ' : ''}${e.message}`;
}

/** A value as it should appear after "got": short, and never "undefined". */
export function shown(v: unknown): string {
	if (v === undefined) return 'nothing';
	const s = JSON.stringify(v) ?? String(v);
	return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

export function parseJson(text: string, file: string): ValidationResult<unknown> {
	try {
		return { ok: true, data: JSON.parse(text) as unknown };
	} catch (err) {
		return { ok: false, errors: [{ file, message: `invalid JSON (${(err as Error).message})` }] };
	}
}

type Obj = Record<string, unknown>;
type Report = (field: string | undefined, message: string) => void;
/** A field check returns why the value is wrong, or null. */
type Check = (v: unknown) => string | null;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString: Check = (v) =>
	typeof v === 'string' && v.trim() !== '' ? null : `must be a non-empty string (got ${shown(v)})`;
const stringOrNull: Check = (v) =>
	v === null || typeof v === 'string' ? null : `must be a string or null (got ${shown(v)})`;
const positiveNumber: Check = (v) =>
	typeof v === 'number' && Number.isFinite(v) && v > 0 ? null : `must be a positive number (got ${shown(v)})`;
const positiveInteger: Check = (v) =>
	Number.isInteger(v) && (v as number) > 0 ? null : `must be a positive integer (got ${shown(v)})`;
const oneOf =
	(allowed: readonly string[]): Check =>
	(v) =>
		allowed.includes(v as string)
			? null
			: `must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${shown(v)})`;

function need(o: Obj, field: string, check: Check, report: Report, optional = false): boolean {
	if (!(field in o) || o[field] === undefined) {
		if (!optional) report(field, 'is required');
		return optional;
	}
	const why = check(o[field]);
	if (why) report(field, why);
	return !why;
}

function needArray(
	o: Obj,
	field: string,
	each: Check,
	report: Report,
	opts: { nonEmpty?: boolean; optional?: boolean }
) {
	const v = o[field];
	if (v === undefined && opts.optional) return;
	if (!Array.isArray(v)) return report(field, `must be an array (got ${shown(v)})`);
	if (opts.nonEmpty && v.length === 0) return report(field, 'must not be empty');
	v.forEach((item, i) => {
		const why = each(item);
		if (why) report(`${field}[${i}]`, why);
	});
}

/** [lng, lat] in range; a pair that only makes sense the other way round is called out as swapped. */
function checkPosition(p: unknown, path: string, report: Report): boolean {
	if (
		!Array.isArray(p) ||
		p.length < 2 ||
		p.length > 3 ||
		!p.every((n) => typeof n === 'number' && Number.isFinite(n))
	) {
		report(path, `must be a position [lng, lat] of finite numbers (got ${shown(p)})`);
		return false;
	}
	const [lng, lat] = p as number[];
	if (Math.abs(lat!) <= 90 && Math.abs(lng!) <= 180) return true;
	if (Math.abs(lng!) <= 90 && Math.abs(lat!) <= 180)
		report(
			path,
			`latitude ${lat} is out of range -90..90: looks like [lat, lng]; GeoJSON order is [lng, lat]`
		);
	else if (Math.abs(lng!) > 180) report(path, `longitude ${lng} is out of range -180..180`);
	else report(path, `latitude ${lat} is out of range -90..90`);
	return false;
}

function checkLine(c: unknown, path: string, minLength: number, report: Report): boolean {
	if (!Array.isArray(c) || c.length < minLength) {
		report(path, `must be an array of at least ${minLength} positions (got ${shown(c)})`);
		return false;
	}
	return c.every((p, i) => checkPosition(p, `${path}[${i}]`, report));
}

/** Structure and coordinate range per RFC 7946; stops at the first bad position of a geometry. */
export function checkGeometry(g: unknown, allowed: readonly string[], report: Report): boolean {
	if (!isObj(g)) {
		report('geometry', `must be a GeoJSON geometry object (got ${shown(g)})`);
		return false;
	}
	if (!allowed.includes(g.type as string)) {
		report('geometry.type', `must be ${allowed.map((a) => `"${a}"`).join(' or ')} (got ${shown(g.type)})`);
		return false;
	}
	const c = g.coordinates;
	const path = 'geometry.coordinates';
	if (g.type === 'Point') return checkPosition(c, path, report);
	if (g.type === 'LineString') return checkLine(c, path, 2, report);
	if (!Array.isArray(c) || c.length === 0) {
		report(path, `must be an array of linear rings (got ${shown(c)})`);
		return false;
	}
	return c.every((ring: unknown, r) => {
		const ringPath = `${path}[${r}]`;
		if (!checkLine(ring, ringPath, 4, report)) return false;
		const [first, last] = [(ring as number[][])[0]!, (ring as number[][]).at(-1)!];
		if (first[0] === last[0] && first[1] === last[1]) return true;
		report(ringPath, `ring is not closed: first position ${shown(first)} differs from last ${shown(last)}`);
		return false;
	});
}

interface FeatureVisit {
	props: Obj;
	geometry: unknown;
	report: Report;
}

/**
 * The FeatureCollection frame shared by sites and monitoring: collection, features, properties, unique
 * ids. Calls `visit` for each feature that has a properties object; returns null when the frame is broken.
 */
function eachFeature(
	json: unknown,
	file: string,
	errors: ValidationError[],
	visit: (f: FeatureVisit) => void
) {
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (!isObj(json) || json.type !== 'FeatureCollection') {
		fileReport('type', `must be "FeatureCollection" (got ${shown(isObj(json) ? json.type : json)})`);
		return;
	}
	if (!Array.isArray(json.features))
		return fileReport('features', `must be an array (got ${shown(json.features)})`);
	const firstIndexOfId = new Map<string, number>();
	json.features.forEach((f: unknown, index) => {
		const props = isObj(f) && isObj(f.properties) ? f.properties : null;
		const id = props && typeof props.id === 'string' && props.id.trim() !== '' ? props.id : undefined;
		const report: Report = (field, message) =>
			errors.push({ file, entity: 'feature', ...(id !== undefined ? { id } : { index }), field, message });
		if (!isObj(f) || f.type !== 'Feature')
			return report('type', `must be "Feature" (got ${shown(isObj(f) ? f.type : f)})`);
		if (!props) return report('properties', `must be an object (got ${shown(f.properties)})`);
		if (id !== undefined) {
			const first = firstIndexOfId.get(id);
			if (first !== undefined) report('id', `duplicate id: feature #${first} has it too`);
			else firstIndexOfId.set(id, index);
		}
		visit({ props, geometry: f.geometry, report });
	});
}

const done = <T>(errors: ValidationError[], json: unknown): ValidationResult<T> =>
	errors.length ? { ok: false, errors } : { ok: true, data: json as T };

export function validateSites(
	json: unknown,
	file: string,
	articleIds: readonly string[] = ARTICLE_IDS
): ValidationResult<SitesFile> {
	const errors: ValidationError[] = [];
	eachFeature(json, file, errors, ({ props, geometry, report }) => {
		for (const f of ['id', 'name_zh', 'name_en', 'city', 'county', 'source'])
			need(props, f, nonEmptyString, report);
		need(
			props,
			'article',
			(v) => (articleIds.includes(v as string) ? null : `unknown article id ${shown(v)}`),
			report
		);
		need(props, 'precision_m', positiveNumber, report);
		need(props, 'source_crs', oneOf(SOURCE_CRS), report);
		need(props, 'note', nonEmptyString, report, true);
		needArray(props, 'aliases', nonEmptyString, report, { optional: true });
		need(
			props,
			'outside_zhejiang',
			(v) => (v === true ? null : `must be true when present (got ${shown(v)})`),
			report,
			true
		);
		need(props, 'represents', oneOf(SITE_REPRESENTS), report, true);
		need(props, 'role', oneOf(SITE_ROLES), report, true);
		need(props, 'conversion', nonEmptyString, report, true);
		if (isObj(props.admin)) {
			const at: Report = (field, message) => report(`admin.${field}`, message);
			need(props.admin, 'province', nonEmptyString, at);
			for (const f of ['city', 'county', 'street', 'village']) need(props.admin, f, nonEmptyString, at, true);
		} else need(props, 'admin', () => `must be an object (got ${shown(props.admin)})`, report, true);
		checkGeometry(geometry, ['Point'], report);
	});
	return done(errors, json);
}

export function validateMonitoring(
	json: unknown,
	file: string,
	opts: { geometry?: boolean } = {}
): ValidationResult<MonitoringFile> {
	const errors: ValidationError[] = [];
	const kinds = new Map<string, number>();
	const areas: string[] = [];
	eachFeature(json, file, errors, ({ props, geometry, report }) => {
		for (const f of ['id', 'name_zh', 'name_en', 'source']) need(props, f, nonEmptyString, report);
		// Checked even when absent: "is required" would not say why.
		if (props.schematic !== true)
			report(
				'schematic',
				`must be true: only counts and layout are published, every feature is a reconstruction (got ${shown(props.schematic)})`
			);
		const kindOk = need(props, 'kind', oneOf(MONITORING_KINDS), report);
		const kind = kindOk ? (props.kind as MonitoringKind) : null;
		if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		need(props, 'area', oneOf(['east', 'west']), report, kind === 'wind-farm' || kind === null);
		if (kind === 'project-area' && typeof props.area === 'string') areas.push(props.area);
		need(props, 'length_m', positiveNumber, report, kind !== 'transect');
		checkGeometry(geometry, kind ? GEOMETRY_BY_KIND[kind] : ['Point', 'LineString', 'Polygon'], report);
	});
	if (errors.some((e) => e.field === 'type' && !e.entity)) return done(errors, json);
	const count = (k: MonitoringKind) => kinds.get(k) ?? 0;
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (count('camera') !== QINGYUAN_CAMERAS)
		fileReport(
			'features',
			`must hold ${QINGYUAN_CAMERAS} camera features ("红外观测样点24个") (got ${count('camera')})`
		);
	if (count('transect') < QINGYUAN_MIN_TRANSECTS)
		fileReport(
			'features',
			`must hold more than 20 transect features ("观测样线20余条") (got ${count('transect')})`
		);
	if (areas.length !== 2 || !areas.includes('east') || !areas.includes('west'))
		fileReport('features', `must hold exactly two project areas, "east" and "west" (got ${shown(areas)})`);
	if (count('wind-farm') < 1) fileReport('features', 'must hold at least one wind-farm feature (got 0)');
	if (errors.length || opts.geometry === false) return done(errors, json);
	return validateMonitoringGeometry(json as MonitoringFile, file);
}

/**
 * Geometry relations, on a file that already passed validateMonitoring: transects wholly inside their
 * project area, cameras inside theirs, recorded lengths matching the lines.
 */
export function validateMonitoringGeometry(
	data: MonitoringFile,
	file: string
): ValidationResult<MonitoringFile> {
	const errors: ValidationError[] = [];
	const areaById = new Map<string, MonitoringFeature>();
	for (const f of data.features)
		if (f.properties.kind === 'project-area') areaById.set(f.properties.area!, f);
	for (const f of data.features) {
		const { kind, id, area } = f.properties;
		if (kind !== 'transect' && kind !== 'camera') continue;
		const report: Report = (field, message) => errors.push({ file, entity: 'feature', id, field, message });
		const outline = areaById.get(area!)!.geometry as Polygon;
		const inside =
			kind === 'camera'
				? booleanPointInPolygon(f.geometry as Point, outline)
				: booleanWithin(f.geometry as LineString, outline);
		if (!inside)
			report(
				'geometry',
				`must lie entirely inside the ${area} project area "${areaById.get(area!)!.properties.id}"`
			);
		if (kind === 'transect') {
			const metres = length(
				{ type: 'Feature', properties: {}, geometry: f.geometry as LineString },
				{ units: 'meters' }
			);
			const recorded = f.properties.length_m!;
			if (Math.abs(recorded - metres) > Math.max(1, metres * 0.005))
				report('length_m', `must match the line's length, ${Math.round(metres)} m (got ${recorded})`);
		}
	}
	return done(errors, data);
}

export function validateArticles(json: unknown, file: string): ValidationResult<ArticlesFile> {
	const errors: ValidationError[] = [];
	const fileReport: Report = (field, message) => errors.push({ file, field, message });
	if (!isObj(json)) {
		fileReport(undefined, `must be an object with "source" and "articles" (got ${shown(json)})`);
		return done(errors, json);
	}
	if (!isObj(json.source)) fileReport('source', `must be an object (got ${shown(json.source)})`);
	else {
		const sourceReport: Report = (field, message) => fileReport(`source.${field}`, message);
		need(json.source, 'file', nonEmptyString, sourceReport);
		need(
			json.source,
			'sha256',
			(v) =>
				typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)
					? null
					: `must be 64 lowercase hex digits (got ${shown(v)})`,
			sourceReport
		);
		need(json.source, 'outlet', stringOrNull, sourceReport);
	}
	if (!Array.isArray(json.articles)) {
		fileReport('articles', `must be an array (got ${shown(json.articles)})`);
		return done(errors, json);
	}
	const seen = new Map<unknown, number>();
	const orders = new Map<unknown, number>();
	json.articles.forEach((a: unknown, index) => {
		const id = isObj(a) && typeof a.id === 'string' && a.id !== '' ? a.id : undefined;
		const report: Report = (field, message) =>
			errors.push({ file, entity: 'article', ...(id !== undefined ? { id } : { index }), field, message });
		if (!isObj(a)) return report(undefined, `must be an object (got ${shown(a)})`);
		if (need(a, 'id', oneOf(ARTICLE_IDS), report)) {
			if (seen.has(a.id)) report('id', `duplicate id: article #${seen.get(a.id)} has it too`);
			seen.set(a.id, index);
		}
		if (need(a, 'order', positiveInteger, report)) {
			if (orders.has(a.order))
				report('order', `duplicate order ${a.order}: article #${orders.get(a.order)} has it too`);
			orders.set(a.order, index);
		}
		need(a, 'kicker', stringOrNull, report);
		need(a, 'title', nonEmptyString, report);
		needArray(a, 'authors', nonEmptyString, report, {});
		needArray(a, 'paragraphs', nonEmptyString, report, { nonEmpty: true });
		if (!Array.isArray(a.figures)) report('figures', `must be an array (got ${shown(a.figures)})`);
		else
			a.figures.forEach((fig: unknown, i) => {
				const at: Report = (field, message) => report(`figures[${i}]${field ? '.' + field : ''}`, message);
				if (!isObj(fig)) return at(undefined, `must be an object (got ${shown(fig)})`);
				need(fig, 'caption', nonEmptyString, at);
				need(fig, 'credit', stringOrNull, at);
				need(fig, 'assignedBy', nonEmptyString, at);
			});
	});
	for (const id of ARTICLE_IDS) if (!seen.has(id)) fileReport('articles', `missing article "${id}"`);
	return done(errors, json);
}
