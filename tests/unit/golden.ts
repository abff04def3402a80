/**
 * Golden files: the expected output of a build step, kept in tests/fixtures and compared as text.
 * They are written only when asked (REGEN=1); a missing one fails, since a test that records its own
 * expectation whenever the file is gone would pass on any output.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * The golden file's text. Under REGEN=1 `render()` is written to it first; otherwise a missing file
 * throws with the command that writes it.
 */
export async function golden(file: URL, render: () => string | Promise<string>): Promise<string> {
	const path = fileURLToPath(file);
	if (process.env.REGEN === '1') writeFileSync(path, await render());
	else if (!existsSync(path)) {
		const testFile = relative(process.cwd(), expect.getState().testPath ?? '<this test file>');
		throw new Error(
			`golden file ${relative(process.cwd(), path)} is missing; write it with: REGEN=1 npx vitest run ${testFile}`
		);
	}
	return readFileSync(path, 'utf8');
}

/** Tab-indented JSON, the form the plain (non-Prettier) golden files are kept in. */
export const tabJson = (value: unknown) => JSON.stringify(value, null, '\t') + '\n';
