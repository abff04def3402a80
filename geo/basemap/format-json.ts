import { format, resolveConfig } from 'prettier';

/** JSON as the repository's Prettier config formats it, so a rebuild leaves `npm run lint` clean. */
export async function prettyJson(value: unknown, filePath: string): Promise<string> {
	const config = (await resolveConfig(filePath)) ?? {};
	return format(JSON.stringify(value), { ...config, filepath: filePath, parser: 'json' });
}
