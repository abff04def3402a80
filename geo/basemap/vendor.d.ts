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
