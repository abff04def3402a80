/**
 * Fetch one data file and check it before the app uses it. Failures become a message naming the
 * file; they never throw past here, so one bad file cannot take the rest of the explorer down.
 * `message` is English; `message_zh` says the same in Chinese (validators' details stay English).
 */
export type LoadResult<T> =
	{ ok: true; data: T } | { ok: false; file: string; message: string; message_zh: string };

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
		const why = (error as Error).message;
		return { ok: false, file, message: `could not be fetched (${why})`, message_zh: `无法获取（${why}）` };
	}
	if (!response.ok) {
		const status = response.status;
		return {
			ok: false,
			file,
			message: `could not be loaded (HTTP ${status})`,
			message_zh: `无法加载（HTTP ${status}）`
		};
	}
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		return { ok: false, file, message: 'is not valid JSON', message_zh: '不是有效的 JSON' };
	}
	const checked = validate(json, file);
	if (!checked.ok) {
		const more = checked.errors.length - 3;
		const first = checked.errors.slice(0, 3).join('; ');
		return {
			ok: false,
			file,
			message: `is malformed: ${first}${more > 0 ? ` (and ${more} more)` : ''}`,
			message_zh: `格式有误：${first}${more > 0 ? `（另有 ${more} 处）` : ''}`
		};
	}
	return { ok: true, data: checked.data };
}
