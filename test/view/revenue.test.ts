import { describe, expect, it } from 'vitest';
import { kpiProgress } from '../../src/lib/view/kpi.ts';
import { revenueOf, revenueTotals } from '../../src/lib/view/revenue.ts';

describe('revenueOf', () => {
  it('derives growth needed and share of wallet in the account currency', () => {
    expect(revenueOf({ revenue: { lastYear: 8_900_000, target: 9_600_000, wallet: 24_000_000 } }, 'EUR')).toEqual({
      currency: 'EUR',
      lastYear: 8_900_000,
      target: 9_600_000,
      growth: 700_000,
      growthRatio: 700_000 / 8_900_000,
      wallet: 24_000_000,
      shareOfWallet: 8_900_000 / 24_000_000,
    });
    expect(revenueOf({ revenue: { currency: 'MXN', lastYear: 0, target: 10 } }, 'EUR')).toEqual({
      currency: 'MXN',
      lastYear: 0,
      target: 10,
      growth: 10,
    });
    expect(revenueOf({}, 'EUR')).toBeUndefined();
  });
});

describe('revenueTotals', () => {
  it('sums the portfolio currency only and lists other currencies apart', () => {
    const totals = revenueTotals(
      [
        { id: 'a', name: 'A', plan: { revenue: { lastYear: 100, target: 150, wallet: 400 } } },
        { id: 'b', name: 'B', plan: { revenue: { lastYear: 50, target: 50 } } },
        { id: 'c', name: 'C', plan: { revenue: { currency: 'MXN', lastYear: 1000, target: 2000, wallet: 5000 } } },
        { id: 'd', name: 'D', plan: {} },
      ],
      'EUR',
    );
    expect(totals).toMatchObject({ currency: 'EUR', accounts: 2, lastYear: 150, target: 200, growth: 50 });
    // Share of wallet only over the accounts that have a wallet: 100 of 400, not 150 of 400.
    expect(totals.wallet).toEqual({ accounts: 1, lastYear: 100, wallet: 400, shareOfWallet: 0.25 });
    expect(totals.others.map((other) => other.id)).toEqual(['c']);
  });
});

describe('kpiProgress', () => {
  it('measures progress from baseline to target in either direction, clamped', () => {
    expect(kpiProgress({ baseline: 90, target: 100, actual: 95 })).toBe(0.5);
    expect(kpiProgress({ baseline: 14, target: 5, actual: 6 })).toBeCloseTo(8 / 9);
    expect(kpiProgress({ baseline: 14, target: 5, actual: 20 })).toBe(0);
    expect(kpiProgress({ baseline: 90, target: 100, actual: 120 })).toBe(1);
  });
  it('gives no figure without a baseline, an actual, or a target that differs from the baseline', () => {
    expect(kpiProgress({ target: 100, actual: 95 })).toBeUndefined();
    expect(kpiProgress({ baseline: 90, target: 100 })).toBeUndefined();
    expect(kpiProgress({ baseline: 5, target: 5, actual: 5 })).toBeUndefined();
  });
});
