import type { Plan } from '../schemas/plan.ts';
import { daysBetween } from './dates.ts';
import type { Account } from './model.ts';

/** A plan whose next review is close or past. */
export interface ReviewReminder {
  accountId: string;
  /** The client's display name. */
  account: string;
  /** Team id of the KAM who owns the plan. */
  owner: string;
  status: Exclude<Plan['status'], 'archived'>;
  /** `YYYY-MM-DD`. */
  nextReview: string;
  /** Days from today to `nextReview`: 0 today, negative when past. */
  days: number;
  overdue: boolean;
}

export interface ReviewReminderOptions {
  /** `YYYY-MM-DD`: the engine's "today" (`KEYPLAN_TODAY` or the current date). */
  today: string;
  /** How far ahead a review counts as due soon. @default 14 */
  withinDays?: number;
  /** Only plans owned by this team id (a KAM's page). */
  owner?: string;
}

/**
 * Plans whose `nextReview` is within `withinDays` of today or already past, most urgent first.
 * Archived plans and plans without a `nextReview` are left out (the `freshness` check covers the latter).
 */
export function reviewReminders(accounts: readonly Account[], { today, withinDays = 14, owner }: ReviewReminderOptions): ReviewReminder[] {
  const reminders: ReviewReminder[] = [];
  for (const { id, plan } of accounts) {
    if (!plan) continue;
    const { data } = plan;
    if (data.status === 'archived' || !data.nextReview || (owner !== undefined && data.owner !== owner)) continue;
    const days = daysBetween(today, data.nextReview);
    if (days > withinDays) continue;
    reminders.push({ accountId: id, account: data.account, owner: data.owner, status: data.status, nextReview: data.nextReview, days, overdue: days < 0 });
  }
  return reminders.sort((a, b) => a.days - b.days || a.accountId.localeCompare(b.accountId));
}
