import type { Account, PlanReport } from '../model.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import { planStatuses } from '../../schemas/plan.ts';
import { daysBetween } from '../dates.ts';
import { reviewDue } from '../check/overdue.ts';
import { quadrants, selectionOf, type Quadrant, type SelectionView } from './selection.ts';

/** An account with a valid plan, and what the indexes show about it. */
export interface AccountSummary {
  id: string;
  name: string;
  plan: Plan;
  account: Account;
  selection: SelectionView;
  report?: PlanReport;
  /** Set when a live (not archived) plan is past its review: the day it was due and how long ago. */
  overdue?: { due: string; days: number };
}

/**
 * Accounts that have a valid plan, sorted by the client's name in the UI locale. `today`
 * (`YYYY-MM-DD`) decides which plans are overdue for review.
 */
export function summarize(
  accounts: readonly Account[],
  settings: Settings,
  reports: ReadonlyMap<string, PlanReport> | undefined,
  today: string,
): AccountSummary[] {
  const summaries: AccountSummary[] = [];
  for (const account of accounts) {
    const plan = account.plan?.data;
    if (!plan) continue;
    const report = reports?.get(account.id);
    const due = reviewDue(plan, settings.completeness.staleAfterDays);
    const late = daysBetween(due, today);
    summaries.push({
      id: account.id,
      name: plan.account,
      plan,
      account,
      selection: selectionOf(plan, settings.selection.weights),
      ...(report ? { report } : {}),
      ...(plan.status !== 'archived' && late > 0 ? { overdue: { due, days: late } } : {}),
    });
  }
  const collator = new Intl.Collator(settings.locale);
  return summaries.sort((a, b) => collator.compare(a.name, b.name));
}

/** How many summaries fall in each value of `keys`, in that order, zeros included. */
function countBy<K extends string>(
  summaries: readonly AccountSummary[],
  keys: readonly K[],
  keyOf: (summary: AccountSummary) => K,
): Map<K, number> {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const summary of summaries) {
    const key = keyOf(summary);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export const countByStatus = (summaries: readonly AccountSummary[]) => countBy(summaries, planStatuses, (s) => s.plan.status);
export const countByQuadrant = (summaries: readonly AccountSummary[]): Map<Quadrant, number> =>
  countBy(summaries, quadrants, (s) => s.selection.quadrant);
