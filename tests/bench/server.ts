/** A plain static server (no compression, no caching) for the two builds: /app/… and /bare/…. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.pbf': 'application/x-protobuf',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export function serve(roots: Record<string, string>, port: number): Promise<Server> {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const [, mount, ...rest] = path.split('/');
		const root = roots[mount ?? ''];
		const relative = normalize(rest.join('/') || 'index.html');
		if (!root || relative.startsWith('..')) return void res.writeHead(404).end();
		try {
			const body = await readFile(join(root, relative.endsWith('/') ? relative + 'index.html' : relative));
			res.writeHead(200, {
				'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
				'cache-control': 'no-store'
			});
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
