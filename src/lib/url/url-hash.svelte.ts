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
	/** `location.hash` as last read or written here; anything else came from outside. */
	#seen = '';

	constructor() {
		this.sync();
	}

	/**
	 * Back/Forward (or a link) moved `location` and its hashchange has not come yet: every replace until
	 * then is late, not only the first (a pan the jump interrupts ends too, then the jump).
	 */
	#gap = false;
	#gapTimer: ReturnType<typeof setTimeout> | undefined;
	/** If a hashchange never comes, camera moves must not stay unwritten for good. */
	static readonly GAP_AT_MOST_MS = 2000;

	/** Call from `<svelte:window onhashchange>`: Back/Forward and edited URLs land here. */
	sync() {
		this.#read();
		this.#gap = false;
		clearTimeout(this.#gapTimer);
	}

	#read() {
		const { state, ignored } = parseHash(location.hash);
		this.#set(state);
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
			this.#read();
			this.#gap = true;
			clearTimeout(this.#gapTimer);
			this.#gapTimer = setTimeout(() => (this.#gap = false), UrlHash.GAP_AT_MOST_MS);
		}
		if (this.#gap && mode === 'replace') return;
		const next = this.#merge(patch);
		const current = { ...this.state, view: this.camera };
		if (formatHash(next) === formatHash(current)) mode = 'replace';
		const url = `${location.pathname}${location.search}${formatHash(next)}`;
		if (mode === 'push') history.pushState(history.state, '', url);
		else history.replaceState(history.state, '', url);
		this.#set(next); // pushState/replaceState fire no hashchange
		this.#seen = location.hash;
	}
}
