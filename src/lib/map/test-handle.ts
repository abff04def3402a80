import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Hooks for the e2e tests, present only in the test build (`vite build --mode e2e`): Vite replaces
 * MODE with a constant, so the production bundle drops both bodies and never names the handle.
 * A unit test (tests/unit/shipped-bundle.test.ts) builds production and checks that.
 */
const TEST_BUILD = import.meta.env.MODE === 'e2e';

interface TestWindow {
	__atlasMap?: MapLibreMap;
	/** Bound by the e2e fixture (page.exposeFunction), so it survives reloads and sees every error. */
	__atlasMapError?: (message: string) => void;
}

/**
 * The e2e tests check what the map draws (a highlight, a filter, a camera move) by asking MapLibre
 * itself; the DOM cannot tell them. Read-only by convention: the app never reads this back.
 */
export function exposeMapForTests(map: MapLibreMap) {
	if (TEST_BUILD) (window as unknown as TestWindow).__atlasMap = map;
}

/** A MapLibre error the app survives (logged, not fatal); the e2e guard fails on any it did not expect. */
export function reportMapErrorForTests(message: string) {
	if (TEST_BUILD) (window as unknown as TestWindow).__atlasMapError?.(message);
}
