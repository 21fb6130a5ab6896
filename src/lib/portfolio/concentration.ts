import type { Plan } from '../../schemas/plan.ts';
import { revenueOf, type RevenueView } from '../view/revenue.ts';

/** One account's place in its currency's revenue ranking. */
export interface ConcentrationRow {
  id: string;
  name: string;
  revenue: RevenueView;
  /** 1 for the largest account by last year's revenue. */
  rank: number;
  /** Last year's revenue as a share of the group's total, 0–1. */
  share: number;
  /** Share of this account and every larger one: the Pareto curve. */
  cumulative: number;
}

/** Accounts that keep their revenue in one currency: never summed with another currency. */
export interface CurrencyGroup {
  currency: string;
  rows: ConcentrationRow[];
  lastYear: number;
  target: number;
  /** Wallet and revenue over the accounts that estimate a wallet, for an honest share of wallet. */
  wallet?: { accounts: number; lastYear: number; wallet: number; shareOfWallet: number };
  /**
   * How many of the largest accounts make `PARETO_SHARE` of the group's revenue; missing when the
   * group had no revenue last year.
   */
  paretoCount?: number;
}

/** The method's rule of thumb: about 20% of clients bring about 80% of sales. */
const PARETO_SHARE = 0.8;

/**
 * Revenue concentration, one group per currency: the portfolio currency first, then the others
 * alphabetically. Within a group accounts are ranked by last year's revenue (ties by name), each
 * with its share of the group total and the running (cumulative) share.
 */
export function revenueConcentration(
  items: readonly { id: string; name: string; plan: Pick<Plan, 'revenue'> }[],
  defaultCurrency: string,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): CurrencyGroup[] {
  const byCurrency = new Map<string, { id: string; name: string; revenue: RevenueView }[]>();
  for (const item of items) {
    const revenue = revenueOf(item.plan, defaultCurrency);
    if (!revenue) continue;
    const list = byCurrency.get(revenue.currency) ?? [];
    list.push({ id: item.id, name: item.name, revenue });
    byCurrency.set(revenue.currency, list);
  }
  const currencies = [...byCurrency.keys()].sort((a, b) => (a === defaultCurrency ? -1 : b === defaultCurrency ? 1 : a.localeCompare(b)));
  return currencies.map((currency) => group(currency, byCurrency.get(currency)!, compare));
}

function group(
  currency: string,
  entries: { id: string; name: string; revenue: RevenueView }[],
  compare: (a: string, b: string) => number,
): CurrencyGroup {
  const sorted = [...entries].sort((a, b) => b.revenue.lastYear - a.revenue.lastYear || compare(a.name, b.name));
  const lastYear = sorted.reduce((sum, entry) => sum + entry.revenue.lastYear, 0);
  const target = sorted.reduce((sum, entry) => sum + entry.revenue.target, 0);
  let running = 0;
  const rows = sorted.map((entry, index): ConcentrationRow => {
    running += entry.revenue.lastYear;
    return {
      ...entry,
      rank: index + 1,
      share: lastYear > 0 ? entry.revenue.lastYear / lastYear : 0,
      cumulative: lastYear > 0 ? running / lastYear : 0,
    };
  });
  const withWallet = sorted.filter((entry) => entry.revenue.wallet);
  const walletTotal = withWallet.reduce((sum, entry) => sum + entry.revenue.wallet!, 0);
  const walletRevenue = withWallet.reduce((sum, entry) => sum + entry.revenue.lastYear, 0);
  // A small tolerance: 0.8 built from floating-point shares may land a hair below 0.8.
  const pareto = rows.findIndex((row) => row.cumulative >= PARETO_SHARE - 1e-9);
  return {
    currency,
    rows,
    lastYear,
    target,
    ...(withWallet.length > 0
      ? {
          wallet: { accounts: withWallet.length, lastYear: walletRevenue, wallet: walletTotal, shareOfWallet: walletRevenue / walletTotal },
        }
      : {}),
    ...(lastYear > 0 && pareto >= 0 ? { paretoCount: pareto + 1 } : {}),
  };
}

/** Geometry of the Pareto chart: a bar per account (its share) and the cumulative line, in a `width` × `height` box. */
export interface ParetoGeometry {
  width: number;
  height: number;
  bars: { id: string; x: number; y: number; width: number; height: number }[];
  /** The cumulative curve: from the origin to the right edge of each bar's slot, at the share reached there. */
  line: { x: number; y: number }[];
  /** The y of the `PARETO_SHARE` reference line. */
  paretoY: number;
}

/** Lays out a group's rows for a static SVG; shares and the curve use the same 0–100% scale. */
export function paretoGeometry(rows: readonly ConcentrationRow[], width = 640, height = 240): ParetoGeometry {
  const slot = rows.length > 0 ? width / rows.length : width;
  const gap = Math.min(8, slot * 0.2);
  const y = (ratio: number) => round(height - ratio * height);
  return {
    width,
    height,
    bars: rows.map((row, index) => ({
      id: row.id,
      x: round(index * slot + gap / 2),
      y: y(row.share),
      width: round(slot - gap),
      height: round(row.share * height),
    })),
    line: [{ x: 0, y: height }, ...rows.map((row, index) => ({ x: round((index + 1) * slot), y: y(row.cumulative) }))],
    paretoY: y(PARETO_SHARE),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
