import { createHash } from 'node:crypto';
import { calendarEvents, calendarFeed, type CalendarInput, type FeedScope } from '../lib/reviews/calendar.ts';
import type { SiteData } from './build-types.ts';
import { siteData } from './site-data.ts';

/**
 * A feed of the build's portfolio as `/calendar/…` serves it. Event links are absolute when `site`
 * is set in the Astro config (calendars need a full address), else root-relative.
 */
export function calendarText(site: URL | undefined, scope: FeedScope = {}): string {
  const data = siteData();
  const input = feedInput(data, site);
  // The events are worked out once per build and site address, then each feed picks its own.
  const key = site?.href ?? '';
  let bySite = events.get(data);
  if (!bySite) events.set(data, (bySite = new Map()));
  let shared = bySite.get(key);
  if (!shared) bySite.set(key, (shared = calendarEvents(input)));
  return calendarFeed(input, scope, shared).toString();
}

const events = new WeakMap<SiteData, Map<string, ReturnType<typeof calendarEvents>>>();

function feedInput({ portfolio, today, t, urls }: SiteData, site: URL | undefined): CalendarInput {
  return {
    accounts: portfolio.accounts,
    memberName: (id) => portfolio.team.get(id)?.data.name ?? id,
    company: portfolio.settings.company,
    staleAfterDays: portfolio.settings.completeness.staleAfterDays,
    today,
    accountUrl: (id) => (site ? new URL(urls.account(id), site).href : urls.account(id)),
    t: t.calendar,
    digest: (text) => createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
}

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
