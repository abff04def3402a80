import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded here: drive Debian's Chromium (or CHROME_PATH) instead.
// E2E_PORT lets a second run (a benchmark, a CI dry run) share the machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	// WebGL in software: CI machines have no GPU.
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

export default defineConfig({
	testDir: 'e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		port,
		cwd: '..',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath, args }
	}
});
