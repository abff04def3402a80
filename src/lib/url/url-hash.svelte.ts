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

	constructor() {
		this.sync();
	}

	/** Call from `<svelte:window onhashchange>`: Back/Forward and edited URLs land here. */
	sync() {
		const { state, ignored } = parseHash(location.hash);
		this.state = state;
		this.ignored = ignored;
		this.restored++;
	}

	/** Opening a site or an article is navigation: push, so Back closes it. */
	navigate(patch: Partial<NavState>) {
		this.#write(this.#merge(patch), 'push');
	}

	/** Camera moves and layer toggles are not navigation: replace, so Back is not flooded. */
	replace(patch: Partial<NavState>) {
		this.#write(this.#merge(patch), 'replace');
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

	#write(next: NavState, mode: 'push' | 'replace') {
		const url = `${location.pathname}${location.search}${formatHash(next)}`;
		if (mode === 'push') history.pushState(history.state, '', url);
		else history.replaceState(history.state, '', url);
		this.state = next; // pushState/replaceState fire no hashchange
	}
}
