/**
 * The server the browser tests and the pictures run against: the test build (dist-e2e/: the app plus
 * the test hooks of src/lib/map/test-handle.ts, which the production build leaves out), on `port`.
 * `cwd` is the project's top level, relative to the Playwright config using it.
 */
export function e2eWebServer(port: number, cwd: string) {
	return {
		command: `npx vite build --mode e2e && npx vite preview --mode e2e --port ${port} --strictPort`,
		port,
		cwd,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	};
}
