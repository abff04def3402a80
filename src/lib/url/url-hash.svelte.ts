import { EMPTY_STATE, formatHash, parseHash, type MapCamera, type NavState } from './hash';

/**
 * Reactive mirror of `location.hash`, and its only writer. Components read `state`; links may set the
 * hash themselves (an <a href> is navigation too) and land here through `sync()`.
 */
export class UrlHash {
	state: NavState = $state.raw(EMPTY_STATE);
	/** What the last parse had to drop, shown to the reader rather than failing silently. */
	ignored: string[] = $state.raw([]);
	/** Counts the times the state came from outside (Back/Forward, a link, an edited URL). */
	restored = $state(0);
	/** `location.hash` as last read or written here; anything else came from outside. */
	#seen = '';

	constructor() {
		this.sync();
	}

	/** Call from `<svelte:window onhashchange>`: Back/Forward and edited URLs land here. */
	sync() {
		const { state, ignored } = parseHash(location.hash);
		this.state = state;
		this.ignored = ignored;
		this.restored++;
		this.#seen = location.hash;
	}

	/** Opening a site or an article is navigation: push, so Back closes it. */
	navigate(patch: Partial<NavState>) {
		this.#write(patch, 'push');
	}

	/** Camera moves and layer toggles are not navigation: replace, so Back is not flooded. */
	replace(patch: Partial<NavState>) {
		this.#write(patch, 'replace');
	}

	setView(view: MapCamera) {
		this.replace({ view });
	}

	/**
	 * The href for a link that changes part of the state, for real <a> elements. Absolute: a bare
	 * "#…" href reads to assistive tech (and axe-core) as an in-page skip link to a missing anchor.
	 */
	href(patch: Partial<NavState>): string {
		return `${location.href.split('#')[0]}${formatHash(this.#merge(patch)) || '#'}`;
	}

	/** A paragraph belongs to its article: opening another article without one starts at the top. */
	#merge(patch: Partial<NavState>): NavState {
		const next = { ...this.state, ...patch };
		if ('article' in patch && !('para' in patch) && patch.article !== this.state.article) next.para = null;
		return next;
	}

	/**
	 * Back/Forward and links change `location` at once but fire hashchange later, and a frame may run
	 * in between: a camera move ends, a debounced query lands. Merged into `state` as it was, that
	 * late write would put the entry left behind over the one the reader went to, and reopen what Back
	 * closed. So the URL is read first, and a replace then is such a late event: dropped, the URL wins
	 * (CameraSync takes the map to its camera, which reports in turn). A push is a choice the reader
	 * made after going there, and builds on it. Opening what is open adds no entry for Back to undo.
	 */
	#write(patch: Partial<NavState>, mode: 'push' | 'replace') {
		if (location.hash !== this.#seen) {
			this.sync();
			if (mode === 'replace') return;
		}
		const next = this.#merge(patch);
		if (formatHash(next) === formatHash(this.state)) mode = 'replace';
		const url = `${location.pathname}${location.search}${formatHash(next)}`;
		if (mode === 'push') history.pushState(history.state, '', url);
		else history.replaceState(history.state, '', url);
		this.state = next; // pushState/replaceState fire no hashchange
		this.#seen = location.hash;
	}
}
