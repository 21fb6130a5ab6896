import type { APIRoute } from 'astro';
import { stakeholderRecords, type SearchRecordsFile } from '../../lib/search/records.ts';
import { createUrls } from '../../lib/view/urls.ts';
import { searchContext } from '../../node/search-context.ts';
import { siteData } from '../../node/site-data.ts';

/**
 * Records for the search index that have no page of their own (one per stakeholder), written with the
 * site so that they come from the same, audience-filtered data as the pages. `astro:build:done` reads
 * this file when it indexes the site.
 */
export const GET: APIRoute = () => {
  const data = siteData();
  const ctx = searchContext(data);
  // Pagefind prefixes result URLs with the site's base itself, for pages and custom records alike.
  const urls = createUrls('/');
  const file: SearchRecordsFile = {
    language: data.portfolio.settings.locale,
    records: data.summaries.flatMap((summary) => stakeholderRecords(summary, urls.account(summary.id), ctx)),
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
