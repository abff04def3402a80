/**
 * Fetch one data file and check it before the app uses it. Failures become a message naming the
 * file; they never throw past here, so one bad file cannot take the rest of the explorer down.
 */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; file: string; message: string };

export type Validator<T> = (
	json: unknown,
	file: string
) => { ok: true; data: T } | { ok: false; errors: string[] };

export async function loadJson<T>(
	file: string,
	validate: Validator<T>,
	fetcher: typeof fetch = fetch
): Promise<LoadResult<T>> {
	let response: Response;
	try {
		response = await fetcher(file);
	} catch (error) {
		return { ok: false, file, message: `could not be fetched (${(error as Error).message})` };
	}
	if (!response.ok) return { ok: false, file, message: `could not be loaded (HTTP ${response.status})` };
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		return { ok: false, file, message: 'is not valid JSON' };
	}
	const checked = validate(json, file);
	if (!checked.ok) {
		const more = checked.errors.length > 3 ? ` (and ${checked.errors.length - 3} more)` : '';
		return { ok: false, file, message: `is malformed: ${checked.errors.slice(0, 3).join('; ')}${more}` };
	}
	return { ok: true, data: checked.data };
}
