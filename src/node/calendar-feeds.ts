import { createHash } from 'node:crypto';
import { calendarFeed, type FeedScope } from '../lib/calendar.ts';
import { siteData } from './site-data.ts';

/**
 * A feed of the build's portfolio as `/calendar/…` serves it. Event links are absolute when `site`
 * is set in the Astro config (calendars need a full address), else root-relative.
 */
export function calendarText(site: URL | undefined, scope: FeedScope = {}): string {
  const { portfolio, today, t, urls } = siteData();
  return calendarFeed(
    {
      accounts: portfolio.accounts,
      memberName: (id) => portfolio.team.get(id)?.data.name ?? id,
      company: portfolio.settings.company,
      staleAfterDays: portfolio.settings.completeness.staleAfterDays,
      today,
      accountUrl: (id) => (site ? new URL(urls.account(id), site).href : urls.account(id)),
      t: t.calendar,
      digest: (text) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    },
    scope,
  ).toString();
}

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
