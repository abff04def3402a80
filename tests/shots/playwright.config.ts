import { defineConfig } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_PATH } from '../chromium';
import { e2eWebServer } from '../e2e-server';

/**
 * A machine without Chinese system fonts draws the panel's Chinese as boxes (the map's labels bring
 * their own font). `npm run geo:build` unpacks Noto Sans CJK under geo/work/: the pictures use it when
 * it is there, through a fontconfig file that adds it to the system's fonts.
 */
function fontconfig(): Record<string, string> {
	const fonts = fileURLToPath(new URL('../../geo/work/root/usr/share/fonts/', import.meta.url));
	if (!existsSync(fonts)) return {};
	const dir = fileURLToPath(new URL('../../test-results/', import.meta.url));
	mkdirSync(dir, { recursive: true });
	const file = `${dir}shots-fonts.conf`;
	writeFileSync(
		file,
		`<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
			`<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir></fontconfig>`
	);
	return { FONTCONFIG_FILE: file };
}

// `npm run shots`: pictures of the built app, written beside this file. E2E_PORT as for the e2e tests.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: '.',
	testMatch: 'shots.ts',
	timeout: 120_000,
	expect: { timeout: 90_000 },
	workers: 1,
	retries: 0,
	reporter: 'list',
	webServer: e2eWebServer(port, '../..'),
	use: {
		baseURL: `http://localhost:${port}`,
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: CHROME_PATH,
			args: CHROME_ARGS,
			env: { ...(process.env as Record<string, string>), ...fontconfig() }
		}
	}
});
