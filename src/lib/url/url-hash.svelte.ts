import { formatCamera } from './camera';
import { EMPTY_STATE, formatHash, parseHash, type MapCamera, type NavState } from './hash';

/** Navigation state without the camera: what the panel, the layers and the popups derive from. */
export type Nav = Omit<NavState, 'view'>;

const navOf = ({ view: _, ...nav }: NavState): Nav => nav;

/**
 * Reactive mirror of `location.hash`, and its only writer. Components read `state` and `camera`; links
 * may set the hash themselves (an <a href> is navigation too) and land here through `sync()`.
 * The camera is kept apart: a pan rewrites the URL but leaves `state` as it was, so nothing derived
 * from the navigation state recomputes while the map moves.
 */
export class UrlHash {
	state: Nav = $state.raw(navOf(EMPTY_STATE));
	/** The URL's `map=`; null when it has none. */
	camera: MapCamera | null = $state.raw(null);
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
		this.#set(state);
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
		const next = { ...this.state, view: this.camera, ...patch };
		if ('article' in patch && !('para' in patch) && patch.article !== this.state.article) next.para = null;
		return next;
	}

	/** Only what changed is replaced: an equal part keeps its object, so its readers do not rerun. */
	#set(next: NavState) {
		const key = (s: Nav) => formatHash({ ...s, view: null });
		if (key(next) !== key(this.state)) this.state = navOf(next);
		const camera = (view: MapCamera | null) => (view ? formatCamera(view) : '');
		if (camera(next.view) !== camera(this.camera)) this.camera = next.view;
	}

	#write(next: NavState, mode: 'push' | 'replace') {
		const url = `${location.pathname}${location.search}${formatHash(next)}`;
		if (mode === 'push') history.pushState(history.state, '', url);
		else history.replaceState(history.state, '', url);
		this.#set(next); // pushState/replaceState fire no hashchange
	}
}
