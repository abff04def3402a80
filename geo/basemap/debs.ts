/**
 * The Debian packages the basemap is built from, fetched with `apt-get download` and unpacked with
 * `dpkg -x` under geo/work/ (gitignored). Idempotent: a package already unpacked is not fetched again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORK_DIR = fileURLToPath(new URL('../work/', import.meta.url));
const DEB_DIR = join(WORK_DIR, 'deb');
export const DEB_ROOT = join(WORK_DIR, 'root');

export const DEB_PACKAGES = ['gmt-dcw', 'gmt-gshhg-full', 'fonts-noto-cjk'] as const;
export type DebPackage = (typeof DEB_PACKAGES)[number];

/** Files inside the unpacked packages that the build reads. */
export const DEB_FILES = {
	dcw: join(DEB_ROOT, 'usr/share/gmt-dcw/dcw-gmt.nc'),
	gshhgCoast: join(DEB_ROOT, 'usr/share/gmt-gshhg/binned_GSHHS_f.nc'),
	gshhgRivers: join(DEB_ROOT, 'usr/share/gmt-gshhg/binned_river_f.nc'),
	notoRegular: join(DEB_ROOT, 'usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
	notoCopyright: join(DEB_ROOT, 'usr/share/doc/fonts-noto-cjk/copyright')
} as const;

const MARKER: Record<DebPackage, string> = {
	'gmt-dcw': DEB_FILES.dcw,
	'gmt-gshhg-full': DEB_FILES.gshhgCoast,
	'fonts-noto-cjk': DEB_FILES.notoRegular
};

function debFile(pkg: DebPackage): string | undefined {
	if (!existsSync(DEB_DIR)) return undefined;
	const file = readdirSync(DEB_DIR).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
	return file && join(DEB_DIR, file);
}

/** Makes sure every package is downloaded and unpacked; returns each package's exact Debian version. */
export function ensureDebs(): Record<DebPackage, string> {
	mkdirSync(DEB_DIR, { recursive: true });
	mkdirSync(DEB_ROOT, { recursive: true });
	const missing = DEB_PACKAGES.filter((p) => !debFile(p));
	if (missing.length) {
		console.log(`basemap: apt-get download ${missing.join(' ')}`);
		execFileSync('apt-get', ['download', ...missing], { cwd: DEB_DIR, stdio: 'inherit' });
	}
	const versions = {} as Record<DebPackage, string>;
	for (const pkg of DEB_PACKAGES) {
		const deb = debFile(pkg);
		if (!deb) throw new Error(`basemap: apt-get download did not leave a ${pkg}_*.deb in ${DEB_DIR}`);
		if (!existsSync(MARKER[pkg])) execFileSync('dpkg', ['-x', deb, DEB_ROOT], { stdio: 'inherit' });
		versions[pkg] = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
	}
	return versions;
}
