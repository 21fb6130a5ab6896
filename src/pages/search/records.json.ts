import type { APIRoute } from 'astro';
import { searchRecords } from '../../node/search-context.ts';
import { siteData } from '../../node/site-data.ts';

/**
 * Records for the search index that have no page of their own (one per stakeholder), written with the
 * site so that they come from the same, audience-filtered data as the pages (`searchRecords`).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchRecords(siteData())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
