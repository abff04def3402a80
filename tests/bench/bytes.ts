/** What a first view downloads: every response body, gzipped at level 9 one by one. */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { installProbes, VIEWPORT, waitForReady } from './browser';

export interface FileBytes {
	path: string;
	raw: number;
	gzip: number;
}

export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

export async function firstViewBytes(browser: Browser, url: string): Promise<FileBytes[]> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await installProbes(page);
	const pending: Promise<FileBytes | null>[] = [];
	const record = async (response: Response): Promise<FileBytes | null> => {
		const body = await response.body().catch(() => null);
		if (!body) return null;
		return { path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSize(body) };
	};
	page.on('response', (response) => pending.push(record(response)));
	await page.goto(url);
	await waitForReady(page);
	const files = (await Promise.all(pending)).filter((f): f is FileBytes => f !== null);
	await context.close();
	return files.sort((a, b) => b.gzip - a.gzip);
}

export const sum = (files: FileBytes[], key: 'raw' | 'gzip' = 'gzip') =>
	files.reduce((s, f) => s + f[key], 0);
