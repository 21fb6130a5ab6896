import type { SearchContext } from '../lib/search/records.ts';
import type { SiteData } from './site-data.ts';

/** What the search-record builders need from the site's data. */
export function searchContext({ t, portfolio }: Pick<SiteData, 't' | 'portfolio'>): SearchContext {
  return { t, settings: portfolio.settings, memberName: (id) => portfolio.team.get(id)?.data.name };
}
