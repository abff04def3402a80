/**
 * Everything the explorer loads, each file on its own: one that fails leaves a message and an empty
 * slot, and the rest of the explorer works without it.
 */
import { formatError, validateArticles, validateMonitoring, validateSites } from './validate';
import { loadJson, type LoadResult, type Validator } from './load';
import type { Article, MonitoringFile, SitesFile } from './types';
import { msg, type Msg } from '../i18n/message';

export const DATA_FILES = {
	articles: 'data/articles.json',
	sites: 'data/sites.geojson',
	monitoring: 'data/monitoring-qingyuan.geojson'
} as const;

/** Adapt a validator that returns structured errors to the loader's string messages. */
function adapt<T>(
	validate: (
		json: unknown,
		file: string
	) => { ok: true; data: T } | { ok: false; errors: Parameters<typeof formatError>[0][] }
): Validator<T> {
	return (json, file) => {
		const result = validate(json, file);
		return result.ok ? result : { ok: false, errors: result.errors.map(formatError) };
	};
}

export class Catalog {
	articles: Article[] = $state.raw([]);
	/** The outlet the articles file records for the page; null: the page does not print one. */
	outlet: string | null = $state(null);
	sites: SitesFile | null = $state.raw(null);
	monitoring: MonitoringFile | null = $state.raw(null);
	failures: Msg[] = $state.raw([]);
	settled = $state(false);

	async load(fetcher: typeof fetch = fetch) {
		// All at once: sites are checked against ARTICLE_IDS, which a valid articles file must hold in
		// full, so they need not wait for it (and still load when it fails).
		const [articles, sites, monitoring] = await Promise.all([
			loadJson(DATA_FILES.articles, adapt(validateArticles), fetcher),
			loadJson(DATA_FILES.sites, adapt(validateSites), fetcher),
			loadJson(DATA_FILES.monitoring, adapt(validateMonitoring), fetcher)
		]);
		this.articles = articles.ok ? articles.data.articles : [];
		this.outlet = articles.ok ? articles.data.source.outlet : null;
		this.sites = sites.ok ? sites.data : null;
		this.monitoring = monitoring.ok ? monitoring.data : null;
		this.failures = [articles, sites, monitoring]
			.filter((r): r is Extract<LoadResult<unknown>, { ok: false }> => !r.ok)
			.map((r) => msg(`${r.file} ${r.message_zh}`, `${r.file} ${r.message}`));
		this.settled = true;
	}
}
