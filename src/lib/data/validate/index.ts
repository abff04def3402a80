/** Validators for the three data files; every error names the file, the feature or article, and the field. */
export {
	formatError,
	parseJson,
	shown,
	checkGeometry,
	SOURCE_CRS,
	SITE_REPRESENTS,
	SITE_ROLES,
	MONITORING_KINDS,
	QINGYUAN_CAMERAS,
	QINGYUAN_MIN_TRANSECTS,
	type ValidationError,
	type ValidationResult
} from './core';
export { validateSites, articleCounts, type ArticleCounts } from './sites';
export { validateMonitoring } from './monitoring';
export { validateArticles, validateEnglish, type ChineseShape } from './articles';
