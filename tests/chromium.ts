/**
 * The one Chromium the e2e tests and the benchmark drive. Playwright cannot download browsers here:
 * use Debian's (or CHROME_PATH), without its background network traffic, with WebGL in software.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];
