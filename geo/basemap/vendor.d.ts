declare module 'mapshaper' {
	type Inputs = Record<string, unknown>;
	const mapshaper: {
		/** Runs a mapshaper command line on in-memory inputs; resolves to the -o outputs by file name. */
		applyCommands(commands: string, inputs?: Inputs): Promise<Record<string, string | Uint8Array>>;
	};
	export default mapshaper;
}

declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
		noHinting?: boolean;
		keepFeatures?: string[];
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontkit' {
	export interface Font {
		familyName: string;
		subfamilyName: string;
		copyright: string;
		characterSet: number[];
		hasGlyphForCodePoint(codePoint: number): boolean;
	}
	export interface FontCollection {
		fonts: Font[];
	}
	export function create(buffer: Buffer): Font | FontCollection;
}

/**
 * The part of h5wasm the readers use. Declared here (ambient declarations win over the package's own
 * types) so `npm run check` type-checks geo/basemap with or without geo/node_modules installed.
 */
declare module 'h5wasm/node' {
	export class Dataset {
		value: unknown;
		attrs: Record<string, { value: unknown } | undefined>;
	}
	export class File {
		constructor(path: string, mode: 'r');
		get(name: string): Dataset | unknown;
		keys(): string[];
		close(): void;
	}
	const h5wasm: { ready: Promise<unknown>; File: typeof File; Dataset: typeof Dataset };
	export default h5wasm;
}
