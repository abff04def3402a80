import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../chromium';

// `npm run shots`: pictures of the built app, written beside this file. E2E_PORT as for the e2e tests.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: '.',
	testMatch: 'shots.ts',
	timeout: 120_000,
	expect: { timeout: 45_000 },
	workers: 1,
	retries: 0,
	reporter: 'list',
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		port,
		cwd: '../..',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		serviceWorkers: 'block',
		launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS }
	}
});
