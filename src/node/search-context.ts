import { stakeholderRecords, type SearchContext, type SearchRecordsFile } from '../lib/search/records.ts';
import { createUrls } from '../lib/view/urls.ts';
import { buildState } from './build-state.ts';
import type { SiteData } from './build-types.ts';

/** What the search-record builders need from the site's data. */
export function searchContext({ t, portfolio }: Pick<SiteData, 't' | 'portfolio'>): SearchContext {
  return { t, settings: portfolio.settings, memberName: (id) => portfolio.team.get(id)?.data.name };
}

/**
 * The records for the search index that have no page of their own (one per stakeholder), from the
 * same, audience-filtered data as the pages; made once per build. `search/records.json` is written
 * from them, and the build hands them to Pagefind as soon as they exist (`integrations/search.ts`).
 */
export function searchRecords(data: SiteData): SearchRecordsFile {
  const state = buildState();
  if (state.searchRecords && state.site === data) return state.searchRecords;
  const ctx = searchContext(data);
  // Pagefind prefixes result URLs with the site's base itself, for pages and custom records alike.
  const urls = createUrls('/');
  const file: SearchRecordsFile = {
    language: data.portfolio.settings.locale,
    records: data.summaries.flatMap((summary) => stakeholderRecords(summary, urls.account(summary.id), ctx)),
  };
  if (state.site === data) state.searchRecords = file;
  return file;
}
