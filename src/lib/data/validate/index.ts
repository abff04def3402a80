/** Validators for the three data files; every error names the file, the feature or article, and the field. */
export { formatError, parseJson, type ValidationResult } from './core';
export { validateSites, articleCounts } from './sites';
export { validateMonitoring } from './monitoring';
export { validateArticles, validateEnglish, type ChineseShape } from './articles';
