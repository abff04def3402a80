/**
 * npm run geo:check — validates every file in static/data/, the basemap's places and fonts and the
 * terrain tiles, and exits 1 listing every error.
 * Root dependencies only: CI runs it without geo/node_modules.
 */
import { fileURLToPath } from 'node:url';
import { checkFonts, checkPlaces, checkTerrain } from './validate/extras';
import { checkData, DEFAULT_PATHS } from './validate/run';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const report = checkData(DEFAULT_PATHS(root));
checkPlaces(root, report);
checkFonts(root, report);
checkTerrain(root, report);

for (const line of report.summary) console.log(`ok    ${line}`);
for (const line of report.warnings) console.warn(`warn  ${line}`);
for (const line of report.errors) console.error(`error ${line}`);
if (report.errors.length) {
	console.error(`geo:check failed: ${report.errors.length} error(s)`);
	process.exit(1);
}
console.log('geo:check passed');
