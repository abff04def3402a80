/**
 * Offline after the first visit: the built app's service worker (vite.config.ts) precaches it all.
 * Registered once the first view is ready, so its 2 MB of precaching never competes with that view.
 * Not in development, where a cached app would hide every edit.
 */
let registered = false;

export function registerOfflineCopy() {
	if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	registered = true;
	navigator.serviceWorker.register('./sw.js').catch((error: Error) => {
		console.warn('No offline copy:', error.message);
	});
}
