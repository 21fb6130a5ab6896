import { planStatuses, relationshipStages } from '../../schemas/plan.ts';
import type { AccountSummary } from '../view/accounts.ts';
import { quadrants } from '../view/selection.ts';

/** The dimensions the portfolio is indexed by: each is a page listing every account under its value. */
export const dimensions = ['tier', 'owner', 'industry', 'region', 'stage', 'status'] as const;
export type Dimension = (typeof dimensions)[number];

/** Closed dimensions keep the schema's order (and show empty values); free text is sorted by label. */
const enumOrder: Partial<Record<Dimension, readonly string[]>> = { tier: quadrants, stage: relationshipStages, status: planStatuses };

/** The value an account has on a dimension, as written; `undefined` when the plan does not say. */
function dimensionValue(summary: AccountSummary, dimension: Dimension): string | undefined {
  const { plan } = summary;
  switch (dimension) {
    case 'tier':
      return summary.selection.quadrant;
    case 'owner':
      return plan.owner;
    case 'industry':
      return plan.industry;
    case 'region':
      return plan.region;
    case 'stage':
      return plan.relationship?.stage;
    case 'status':
      return plan.status;
  }
}

export interface IndexGroup {
  /** The value (enum value, team id or normalised free text); `''` for accounts that do not say. */
  key: string;
  label: string;
  accounts: AccountSummary[];
  /** How many of `accounts` are active key accounts. */
  active: number;
}

export interface GroupOptions {
  /** Label of a value that is an id or an enum value (a team member's name, a translated status). */
  labelOf: (key: string) => string;
  /** Compares labels in the UI locale. */
  compare: (a: string, b: string) => number;
}

/**
 * Groups accounts by their value on `dimension`. Free text (industry, region) is grouped without
 * regard to case or spacing, so "Food retail" and "food  retail" are one group, labelled as first
 * written. Accounts without a value form a last group with key `''`.
 */
export function groupAccounts(summaries: readonly AccountSummary[], dimension: Dimension, options: GroupOptions): IndexGroup[] {
  const free = dimension === 'industry' || dimension === 'region';
  const groups = new Map<string, IndexGroup>();
  const order = enumOrder[dimension];
  for (const key of order ?? []) groups.set(key, { key, label: options.labelOf(key), accounts: [], active: 0 });
  for (const summary of summaries) {
    const value = dimensionValue(summary, dimension)?.trim().replace(/\s+/g, ' ');
    const key = value ? (free ? value.toLocaleLowerCase() : value) : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: free ? (value ?? '') : options.labelOf(key), accounts: [], active: 0 }));
    group.accounts.push(summary);
    if (summary.plan.status === 'active') group.active++;
  }
  const list = [...groups.values()];
  // `unscored` is part of the tier enum but, like a missing value, only worth a row when it has accounts.
  const shown = list.filter((group) => group.accounts.length > 0 || (group.key !== '' && group.key !== 'unscored'));
  if (order) return shown.sort((a, b) => rank(order, a.key) - rank(order, b.key));
  return shown.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : options.compare(a.label, b.label)));
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
