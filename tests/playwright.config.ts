import { defineConfig } from '@playwright/test';

// Browsers cannot be downloaded here: drive Debian's Chromium (or CHROME_PATH) instead.
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
		command: 'npm run build && npm run preview -- --port 4173 --strictPort',
		port: 4173,
		cwd: '..',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	},
	use: {
		baseURL: 'http://localhost:4173',
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath, args }
	}
});
