import type { Plan } from '../../schemas/plan.ts';

/** One account's revenue in its own currency, with what is derived from it. */
export interface RevenueView {
  currency: string;
  lastYear: number;
  target: number;
  /** Target minus last year: the growth the plan needs (negative when the target is lower). */
  growth: number;
  /** Growth as a share of last year; missing when last year is 0. */
  growthRatio?: number;
  wallet?: number;
  /** Last year's revenue as a share of the client's wallet; missing without a wallet. */
  shareOfWallet?: number;
}

export function revenueOf(plan: Pick<Plan, 'revenue'>, defaultCurrency: string): RevenueView | undefined {
  const revenue = plan.revenue;
  if (!revenue) return undefined;
  const growth = revenue.target - revenue.lastYear;
  return {
    currency: revenue.currency ?? defaultCurrency,
    lastYear: revenue.lastYear,
    target: revenue.target,
    growth,
    ...(revenue.lastYear > 0 ? { growthRatio: growth / revenue.lastYear } : {}),
    ...(revenue.wallet !== undefined ? { wallet: revenue.wallet } : {}),
    ...(revenue.wallet ? { shareOfWallet: revenue.lastYear / revenue.wallet } : {}),
  };
}

export interface RevenueTotals {
  currency: string;
  /** Accounts summed (those in `currency` with revenue figures). */
  accounts: number;
  lastYear: number;
  target: number;
  growth: number;
  growthRatio?: number;
  /** Share of wallet over the accounts that have a wallet: their revenue over their wallets. */
  wallet?: { accounts: number; lastYear: number; wallet: number; shareOfWallet: number };
  /** Accounts kept in another currency: listed apart, because adding MXN to EUR would be wrong. */
  others: { id: string; name: string; revenue: RevenueView }[];
}

/** Sums revenue over accounts in the portfolio currency; other currencies are returned separately. */
export function revenueTotals(
  items: readonly { id: string; name: string; plan: Pick<Plan, 'revenue'> }[],
  currency: string,
): RevenueTotals {
  let accounts = 0;
  let lastYear = 0;
  let target = 0;
  const wallet = { accounts: 0, lastYear: 0, wallet: 0 };
  const others: RevenueTotals['others'] = [];
  for (const item of items) {
    const revenue = revenueOf(item.plan, currency);
    if (!revenue) continue;
    if (revenue.currency !== currency) {
      others.push({ id: item.id, name: item.name, revenue });
      continue;
    }
    accounts++;
    lastYear += revenue.lastYear;
    target += revenue.target;
    if (revenue.wallet) {
      wallet.accounts++;
      wallet.lastYear += revenue.lastYear;
      wallet.wallet += revenue.wallet;
    }
  }
  const growth = target - lastYear;
  return {
    currency,
    accounts,
    lastYear,
    target,
    growth,
    ...(lastYear > 0 ? { growthRatio: growth / lastYear } : {}),
    ...(wallet.accounts > 0 ? { wallet: { ...wallet, shareOfWallet: wallet.lastYear / wallet.wallet } } : {}),
    others,
  };
}
