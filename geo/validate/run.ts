/**
 * Checks every shipped data file: the app's own validators, then "inside Zhejiang" against the basemap.
 * Returns messages rather than printing, so tests can run it on fixture folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coordAll } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import {
	articleCounts,
	formatError,
	parseJson,
	validateArticles,
	validateSites,
	type ValidationResult
} from '../../src/lib/data/validate';
import { validateMonitoringWithGeometry } from './monitoring-geometry';
import type { ArticlesFile, MonitoringFile, SitesFile } from '../../src/lib/data/types';
import { metresOutside, provinceOutline } from './province';

export interface CheckPaths {
	/** Repository root: messages name files relative to it. */
	root: string;
	dataDir: string;
	basemap: string;
}

export interface CheckReport {
	errors: string[];
	warnings: string[];
	summary: string[];
}

/** Simplified county outlines cut corners off the coast; closer than this counts as inside, with a warning. */
export const OUTLINE_TOLERANCE_M = 1000;

export const DEFAULT_PATHS = (root: string): CheckPaths => ({
	root,
	dataDir: join(root, 'static/data'),
	basemap: join(root, 'static/basemap/zhejiang.topojson')
});

const rel = (root: string, path: string) =>
	path.startsWith(root + '/') ? path.slice(root.length + 1) : path;

export function checkData(paths: CheckPaths): CheckReport {
	const report: CheckReport = { errors: [], warnings: [], summary: [] };
	const load = <T>(
		name: string,
		validate: (json: unknown, file: string) => ValidationResult<T>
	): T | null => {
		const path = join(paths.dataDir, name);
		const file = rel(paths.root, path);
		if (!existsSync(path)) {
			report.errors.push(`${file}: file is missing`);
			return null;
		}
		const parsed = parseJson(readFileSync(path, 'utf8'), file);
		const result = parsed.ok ? validate(parsed.data, file) : parsed;
		if (!result.ok) report.errors.push(...result.errors.map(formatError));
		return result.ok ? result.data : null;
	};
	const articles = load<ArticlesFile>('articles.json', validateArticles);
	// Sites are checked against the articles in articles.json when it is valid (ids, paragraph and
	// figure numbers), else against the canonical id list only.
	const ids = articles?.articles.map((a) => a.id);
	const counts = articles ? articleCounts(articles.articles) : undefined;
	const sites = load<SitesFile>('sites.geojson', (json, file) => validateSites(json, file, ids, counts));
	const monitoring = load<MonitoringFile>('monitoring-qingyuan.geojson', validateMonitoringWithGeometry);

	if (articles) report.summary.push(`articles.json: ${articles.articles.length} articles`);
	if (sites) report.summary.push(`sites.geojson: ${sites.features.length} sites`);
	if (monitoring) report.summary.push(`monitoring-qingyuan.geojson: ${monitoring.features.length} features`);
	checkInsideZhejiang(paths, sites, monitoring, report);
	return report;
}

function checkInsideZhejiang(
	paths: CheckPaths,
	sites: SitesFile | null,
	monitoring: MonitoringFile | null,
	report: CheckReport
): void {
	const basemap = rel(paths.root, paths.basemap);
	if (!existsSync(paths.basemap)) {
		report.warnings.push(`${basemap} not found: skipped the inside-Zhejiang check`);
		return;
	}
	const outline = provinceOutline(JSON.parse(readFileSync(paths.basemap, 'utf8')) as Topology);
	if (!outline.polygons.length) {
		report.errors.push(`${basemap}: no polygons to test against (objects: ${outline.objects.join(', ')})`);
		return;
	}
	let checked = 0;
	const test = (file: string, id: string, positions: number[][], flagged: boolean) => {
		const worst = Math.max(...positions.map((p) => metresOutside(outline, p)));
		checked++;
		const where = `${file}: feature "${id}" field "geometry.coordinates"`;
		if (flagged) {
			if (worst === 0) report.warnings.push(`${where}: flagged outside_zhejiang but lies inside Zhejiang`);
		} else if (worst > OUTLINE_TOLERANCE_M)
			report.errors.push(
				`${where}: lies outside Zhejiang (${Math.round(worst)} m from the outline); set "outside_zhejiang": true if that is right`
			);
		else if (worst > 0)
			report.warnings.push(
				`${where}: ${Math.round(worst)} m outside the simplified outline, within tolerance`
			);
	};
	for (const f of sites?.features ?? [])
		test(
			'static/data/sites.geojson',
			f.properties.id,
			[f.geometry.coordinates],
			f.properties.outside_zhejiang === true
		);
	for (const f of monitoring?.features ?? [])
		test('static/data/monitoring-qingyuan.geojson', f.properties.id, coordAll(f), false);
	report.summary.push(
		`inside Zhejiang: ${checked} features tested against ${basemap} (${outline.objects.join(', ')})`
	);
}
