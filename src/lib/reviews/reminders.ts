import type { Plan } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import type { Account } from '../model.ts';
import { reviewDue } from '../check/overdue.ts';

/** A plan whose review is close or past. */
export interface ReviewReminder {
  accountId: string;
  /** The client's display name. */
  account: string;
  /** Team id of the KAM who owns the plan. */
  owner: string;
  /** Team id of the executive sponsor, when the plan names one. */
  sponsor?: string;
  status: Exclude<Plan['status'], 'archived'>;
  /** `YYYY-MM-DD`: the last day the plan counts as reviewed (`reviewDue`). */
  due: string;
  /** Whether `due` is the plan's `nextReview`, or the day the last review goes stale. */
  kind: 'next-review' | 'stale';
  /** Days from today to `due`: 0 today, negative when past. */
  days: number;
  overdue: boolean;
}

export interface ReviewReminderOptions {
  /** `YYYY-MM-DD`: the engine's "today" (`KEYPLAN_TODAY` or the current date). */
  today: string;
  /** `settings.completeness.staleAfterDays`: a review older than this is due again. */
  staleAfterDays: number;
  /** How far ahead a review counts as due soon; `Infinity` for every upcoming review. @default 14 */
  withinDays?: number;
  /** Only plans owned by this team id (a KAM's page). */
  owner?: string;
}

/**
 * Plans whose review is due within `withinDays` of today or already past, most urgent first: the
 * `nextReview` date, or the day the last review goes stale, whichever comes first (the rule of the
 * `freshness` check). Archived plans are left out.
 */
export function reviewReminders(
  accounts: readonly Account[],
  { today, staleAfterDays, withinDays = 14, owner }: ReviewReminderOptions,
): ReviewReminder[] {
  const reminders: ReviewReminder[] = [];
  for (const { id, plan } of accounts) {
    if (!plan) continue;
    const { data } = plan;
    if (data.status === 'archived' || (owner !== undefined && data.owner !== owner)) continue;
    const due = reviewDue(data, staleAfterDays);
    const days = daysBetween(today, due);
    if (days > withinDays) continue;
    reminders.push({
      accountId: id,
      account: data.account,
      owner: data.owner,
      ...(data.sponsor ? { sponsor: data.sponsor } : {}),
      status: data.status,
      due,
      kind: due === data.nextReview ? 'next-review' : 'stale',
      days,
      overdue: days < 0,
    });
  }
  return reminders.sort((a, b) => a.days - b.days || a.accountId.localeCompare(b.accountId));
}
