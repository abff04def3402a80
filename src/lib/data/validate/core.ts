/**
 * The shared pieces of the data validators: error shape, field checks, GeoJSON structure. Pure (no node
 * imports): geo/check.ts runs the validators at build time and the app runs them again at load time.
 */
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
} from '../types';

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
	'village-centre',
	'street-centre',
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
export const GEOMETRY_BY_KIND: Record<MonitoringKind, string[]> = {
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

export type Obj = Record<string, unknown>;
export type Report = (field: string | undefined, message: string) => void;
/** A field check returns why the value is wrong, or null. */
export type Check = (v: unknown) => string | null;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const nonEmptyString: Check = (v) =>
	typeof v === 'string' && v.trim() !== '' ? null : `must be a non-empty string (got ${shown(v)})`;
export const stringOrNull: Check = (v) =>
	v === null || typeof v === 'string' ? null : `must be a string or null (got ${shown(v)})`;
export const positiveNumber: Check = (v) =>
	typeof v === 'number' && Number.isFinite(v) && v > 0 ? null : `must be a positive number (got ${shown(v)})`;
export const positiveInteger: Check = (v) =>
	Number.isInteger(v) && (v as number) > 0 ? null : `must be a positive integer (got ${shown(v)})`;
export const oneOf =
	(allowed: readonly string[]): Check =>
	(v) =>
		allowed.includes(v as string)
			? null
			: `must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${shown(v)})`;

export function need(o: Obj, field: string, check: Check, report: Report, optional = false): boolean {
	if (!(field in o) || o[field] === undefined) {
		if (!optional) report(field, 'is required');
		return optional;
	}
	const why = check(o[field]);
	if (why) report(field, why);
	return !why;
}

export function needArray(
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
export function checkPosition(p: unknown, path: string, report: Report): boolean {
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

export function checkLine(c: unknown, path: string, minLength: number, report: Report): boolean {
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

export interface FeatureVisit {
	props: Obj;
	geometry: unknown;
	report: Report;
}

/**
 * The FeatureCollection frame shared by sites and monitoring: collection, features, properties, unique
 * ids. Calls `visit` for each feature that has a properties object; returns null when the frame is broken.
 */
export function eachFeature(
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

export const done = <T>(errors: ValidationError[], json: unknown): ValidationResult<T> =>
	errors.length ? { ok: false, errors } : { ok: true, data: json as T };
