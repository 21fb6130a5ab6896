import ical, { type ICalCalendar, type ICalEventData } from 'ical-generator';
import type { Plan } from '../../schemas/plan.ts';
import type { UiStrings } from '../../i18n/types.ts';
import { portfolioActions } from '../portfolio/actions.ts';
import { reviewReminders } from './reminders.ts';
import { slugify } from '../content/slug.ts';
import type { Account } from '../model.ts';

/**
 * iCalendar (RFC 5545) feeds of plan reviews and action due dates: one per team member, one for the
 * whole portfolio. Calendars update an event whose UID they already hold, so UIDs depend only on
 * what identifies the event (the account, the action's title), never on its date or the build.
 */

export interface CalendarInput {
  /** The build's portfolio (already redacted for an audience build). */
  accounts: readonly Account[];
  /** Team member names by id. */
  memberName: (id: string) => string;
  company: string;
  staleAfterDays: number;
  /** `YYYY-MM-DD`: the build's day, used as every event's time stamp so that a build is reproducible. */
  today: string;
  /** The account page's address: absolute when the site's URL is known, else a path (then only in the description). */
  accountUrl: (id: string) => string;
  t: UiStrings['calendar'];
  /**
   * A short, stable digest of a text: an action's UID carries its title's digest, not the title,
   * which may name a person an audience may not see.
   */
  digest: (text: string) => string;
}

export interface FeedScope {
  /** Only the reviews of plans this team id owns or sponsors, and the actions this team id owns. */
  member?: string;
}

/** The event's `URL` property, which must be an absolute address: a bare path stays in the description. */
const link = (url: string) => (/^https?:\/\//.test(url) ? { url } : {});

/** A calendar day as a UTC midnight: an all-day event is written as the same date in every time zone. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The part of a UID that names its source, safe in any calendar: the company's slug. */
const domain = (company: string) => `${slugify(company) || 'keyplan'}.keyplan`;

/** One event of the feeds, with who gets it in their own feed. */
interface FeedEvent {
  /** Team ids whose feed holds the event: a review's owner and sponsor, an action's owner. */
  members: readonly string[];
  event: ICalEventData;
}

/**
 * Every event of the portfolio feed, each with the team members whose feed it belongs to: computed
 * once per build and shared by all the feeds (`calendarFeed`'s `events`).
 */
export function calendarEvents(input: CalendarInput): readonly FeedEvent[] {
  const { accounts, memberName, company, staleAfterDays, today, accountUrl, t, digest } = input;
  const host = domain(company);
  const stamp = day(today);
  const events: FeedEvent[] = [];

  for (const review of reviewReminders(accounts, { today, staleAfterDays, withinDays: Infinity })) {
    const url = accountUrl(review.accountId);
    events.push({
      members: [review.owner, ...(review.sponsor === undefined ? [] : [review.sponsor])],
      event: {
        id: `review.${review.accountId}@${host}`,
        start: day(review.due),
        allDay: true,
        stamp,
        summary: t.review(review.account),
        description: [t.reviewDetail(memberName(review.owner), review.kind === 'stale'), url].join('\n'),
        ...link(url),
      },
    });
  }

  const plans = accounts.flatMap((account) =>
    account.plan ? [{ id: account.id, name: account.plan.data.account, plan: account.plan.data as Plan }] : [],
  );
  // Two actions of one plan with the same title share a digest: number the later ones, in list order.
  const seen = new Map<string, number>();
  for (const row of portfolioActions(plans, today).sort((a, b) => a.accountId.localeCompare(b.accountId) || a.index - b.index)) {
    const { action } = row;
    if (action.due === undefined || action.status === 'done') continue;
    const base = `action.${row.accountId}.${digest(action.title)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const url = accountUrl(row.accountId);
    events.push({
      members: action.owner === undefined ? [] : [action.owner],
      event: {
        id: `${count > 1 ? `${base}.${count}` : base}@${host}`,
        start: day(action.due),
        allDay: true,
        stamp,
        summary: t.action(action.title, row.accountName),
        description: [action.owner ? t.actionOwner(memberName(action.owner)) : t.noOwner, url].join('\n'),
        ...link(url),
      },
    });
  }
  return events;
}

/**
 * The portfolio's feed, or one team member's (`scope.member`). `events` are `calendarEvents(input)`,
 * passed in when several feeds are made from one portfolio.
 */
export function calendarFeed(input: CalendarInput, scope: FeedScope = {}, events = calendarEvents(input)): ICalCalendar {
  const { memberName, company, t } = input;
  const { member } = scope;
  const calendar = ical({
    name: member ? t.memberFeed(memberName(member), company) : t.portfolioFeed(company),
    prodId: { company: 'Keyplan', product: 'Keyplan', language: 'EN' },
  });
  for (const { members, event } of events) {
    if (member === undefined || members.includes(member)) calendar.createEvent(event);
  }
  return calendar;
}
