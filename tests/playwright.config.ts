import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_PATH } from './chromium';
import { e2eWebServer } from './e2e-server';

// E2E_PORT lets a second run (a benchmark, a CI dry run) share the machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	workers: 2,
	retries: 0,
	// The JSON report is what tests/no-skips.ts counts (npm test fails on a skipped test).
	reporter: [
		['list'],
		['json', { outputFile: fileURLToPath(new URL('../test-reports/playwright.json', import.meta.url)) }]
	],
	webServer: e2eWebServer(port, '..'),
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		// The built app registers a service worker; its cache would answer requests the tests route
		// (a 404, a broken file) before page.route sees them. offline.spec.ts opts back in.
		serviceWorkers: 'block',
		launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS }
	}
});
