/** The OFL text that must travel with the subset fonts, taken from the Debian package's copyright file. */
export function oflText(debianCopyright: string, fontCopyright: string): string {
	const start = debianCopyright.lastIndexOf('\nLicense: SIL-1.1\n') + 1;
	if (start < 1) throw new Error('fonts: no SIL-1.1 licence text in the Debian copyright file');
	const lines = debianCopyright.slice(start).split('\n').slice(1);
	const body: string[] = [];
	for (const line of lines) {
		if (!line.startsWith(' ')) break; // next stanza of the copyright file
		body.push(line === ' .' ? '' : line.slice(1));
	}
	return `${fontCopyright}\n\nSubset for this map (label characters only) from Debian fonts-noto-cjk.\n\n${body.join('\n')}\n`;
}
