import type { Settings } from '../../schemas/settings.ts';
import type { Account } from '../model.ts';
import { addDays, daysBetween } from '../dates.ts';
import { portfolioActions } from '../portfolio/actions.ts';
import { reviewReminders } from './reminders.ts';

/**
 * What `npm run due` lists: plan reviews and actions that are overdue or due within a window, by
 * the person who owns them. Reviews follow the same rule as the site's reminders (`reviewReminders`).
 */

export interface DueItem {
  kind: 'review' | 'action';
  accountId: string;
  account: string;
  /** The action's title; absent for a review. */
  title?: string;
  /** `YYYY-MM-DD`. */
  due: string;
  /** Days from today to `due`: negative when overdue. */
  days: number;
  /** The plan file, for links. */
  path: string;
}

export interface DueGroup {
  /** Team id of the owner; undefined for actions nobody owns yet. */
  owner?: string;
  items: DueItem[];
}

export interface DueOptions {
  today: string;
  settings: Settings;
  /** @default 14 */
  withinDays?: number;
}

export function dueList(accounts: readonly Account[], { today, settings, withinDays = 14 }: DueOptions): DueGroup[] {
  const groups = new Map<string | undefined, DueItem[]>();
  const add = (owner: string | undefined, item: DueItem) => {
    if (!groups.has(owner)) groups.set(owner, []);
    groups.get(owner)!.push(item);
  };
  const pathOf = new Map(accounts.flatMap((account) => (account.plan ? [[account.id, account.plan.path] as const] : [])));
  for (const review of reviewReminders(accounts, { today, staleAfterDays: settings.completeness.staleAfterDays, withinDays })) {
    add(review.owner, {
      kind: 'review',
      accountId: review.accountId,
      account: review.account,
      due: review.due,
      days: review.days,
      path: pathOf.get(review.accountId)!,
    });
  }
  const horizon = addDays(today, withinDays);
  const plans = accounts.flatMap((account) =>
    account.plan ? [{ id: account.id, name: account.plan.data.account, plan: account.plan.data }] : [],
  );
  for (const row of portfolioActions(plans, today)) {
    const { action } = row;
    if (action.status === 'done' || action.due === undefined || action.due > horizon) continue;
    add(action.owner, {
      kind: 'action',
      accountId: row.accountId,
      account: row.accountName,
      title: action.title,
      due: action.due,
      days: daysBetween(today, action.due),
      path: pathOf.get(row.accountId)!,
    });
  }
  const ordered = [...groups.entries()].map(([owner, items]) => ({
    ...(owner !== undefined ? { owner } : {}),
    items: items.sort(
      (a, b) => a.days - b.days || a.account.localeCompare(b.account) || (a.kind === b.kind ? 0 : a.kind === 'review' ? -1 : 1),
    ),
  }));
  // Owners by id, and the actions nobody owns last: they need someone to take them.
  return ordered.sort((a, b) => (a.owner === undefined ? 1 : b.owner === undefined ? -1 : a.owner.localeCompare(b.owner)));
}
