import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { CheckStrings } from '../../i18n/check-types.ts';
import { addDays } from '../dates.ts';

/**
 * When a plan is overdue for review, and how that gates. The one home of the rule: the `freshness`
 * check, the site's banners and badges, the review reminders, the calendar feeds and `npm run due`
 * all ask this module.
 */

/** `settings.completeness.overdue`: how an active plan's failing `freshness` check gates. */
export type OverduePolicy = Settings['completeness']['overdue'];

/**
 * The last day on which the plan still counts as reviewed: its `nextReview`, or the day it goes
 * stale (`reviewed` + `staleAfterDays`), whichever comes first. Past that day the plan is overdue.
 */
export function reviewDue(plan: Pick<Plan, 'reviewed' | 'nextReview'>, staleAfterDays: number): string {
  const stale = addDays(plan.reviewed, staleAfterDays);
  return plan.nextReview !== undefined && plan.nextReview < stale ? plan.nextReview : stale;
}

/** Whether the plan is past its review (`today` is `YYYY-MM-DD`). */
export function isOverdue(plan: Pick<Plan, 'reviewed' | 'nextReview'>, staleAfterDays: number, today: string): boolean {
  return reviewDue(plan, staleAfterDays) < today;
}

/**
 * How a failing `freshness` check of an active plan is reported.
 * - `error`: always an error.
 * - `warn`: never an error.
 * - `changed`: an error only in a pull request's gate (`check --since`) whose change touches a file
 *   of the account; `touched` is undefined outside that gate (build, dev, a plain check).
 */
export function overdueSeverity(policy: OverduePolicy, touched: boolean | undefined): 'error' | 'warning' {
  if (policy === 'error') return 'error';
  if (policy === 'warn') return 'warning';
  return touched ? 'error' : 'warning';
}

/** The sentence appended to a freshness message, saying why it is an error or only a warning. */
export function overdueNote(policy: OverduePolicy, touched: boolean | undefined, t: CheckStrings): string {
  if (policy === 'error') return '';
  if (policy === 'warn') return t.overdue.warn;
  return touched ? t.overdue.touched : t.overdue.untouched;
}
