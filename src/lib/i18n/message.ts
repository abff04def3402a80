/**
 * A message built outside any component (a data file that failed to load) carries both languages,
 * so it can be shown in whichever the reader switches to later.
 */
export interface Msg {
	zh: string;
	en: string;
}

export function msg(zh: string, en: string): Msg {
	return { zh, en };
}
