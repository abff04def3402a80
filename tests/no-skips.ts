/**
 * The last step of `npm test`: counts what the Vitest and Playwright JSON reports say ran, and fails
 * when any test was skipped (or left as todo): a skipped check is one CI never made.
 */
import { readFileSync } from 'node:fs';

const read = <T>(file: string): T => {
	try {
		return JSON.parse(readFileSync(new URL(`../test-reports/${file}`, import.meta.url), 'utf8')) as T;
	} catch (error) {
		console.error(`no-skips: cannot read test-reports/${file} (${(error as Error).message})`);
		process.exit(1);
	}
};

const unit = read<{ numPassedTests: number; numPendingTests: number; numTodoTests: number }>('vitest.json');
const e2e = read<{ stats: { expected: number; skipped: number; unexpected: number; flaky: number } }>(
	'playwright.json'
).stats;

const unitSkipped = unit.numPendingTests + unit.numTodoTests;
console.log(`unit: ${unit.numPassedTests} passed, ${unitSkipped} skipped`);
console.log(`e2e: ${e2e.expected} passed, ${e2e.skipped} skipped, ${e2e.flaky} flaky`);
if (unitSkipped + e2e.skipped > 0) {
	console.error('no-skips: tests were skipped; every test must run in CI');
	process.exit(1);
}
