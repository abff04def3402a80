/**
 * npm run geo:check — validates every file in static/data/ and exits 1 listing every error.
 * Root dependencies only: CI runs it without geo/node_modules.
 */
import { fileURLToPath } from 'node:url';
import { checkData, DEFAULT_PATHS } from './validate/run';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const report = checkData(DEFAULT_PATHS(root));

for (const line of report.summary) console.log(`ok    ${line}`);
for (const line of report.warnings) console.warn(`warn  ${line}`);
for (const line of report.errors) console.error(`error ${line}`);
if (report.errors.length) {
	console.error(`geo:check failed: ${report.errors.length} error(s)`);
	process.exit(1);
}
console.log('geo:check passed');
