import { addDays } from '../dates.ts';
import type { Action, Plan } from '../../schemas/plan.ts';

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 30;

/**
 * When an action stands on a given day: `done`; `overdue` (due before today and not done);
 * `due-soon` (due today or within `DUE_SOON_DAYS`); `later`; `undated` (no due date).
 */
export type ActionTiming = 'done' | 'overdue' | 'due-soon' | 'later' | 'undated';

export function actionTiming(action: Pick<Action, 'due' | 'status'>, today: string, horizon = DUE_SOON_DAYS): ActionTiming {
  if (action.status === 'done') return 'done';
  if (action.due === undefined) return 'undated';
  if (action.due < today) return 'overdue';
  return action.due <= addDays(today, horizon) ? 'due-soon' : 'later';
}

export interface PortfolioAction {
  accountId: string;
  accountName: string;
  /** Position in the plan's `actions` list. */
  index: number;
  action: Action;
  timing: ActionTiming;
}

/**
 * Every action of the plans still in play (`active` and `draft`; an archived plan is history),
 * ordered by due date (undated last), then account and position.
 */
export function portfolioActions(
  accounts: readonly { id: string; name: string; plan: Pick<Plan, 'status' | 'actions'> }[],
  today: string,
): PortfolioAction[] {
  const rows: PortfolioAction[] = [];
  for (const account of accounts) {
    if (account.plan.status === 'archived') continue;
    account.plan.actions.forEach((action, index) => {
      rows.push({ accountId: account.id, accountName: account.name, index, action, timing: actionTiming(action, today) });
    });
  }
  return rows.sort(
    (a, b) =>
      (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || a.accountName.localeCompare(b.accountName) || a.index - b.index,
  );
}
