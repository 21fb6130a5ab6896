import { describe, expect, it } from 'vitest';
import { paretoGeometry, revenueConcentration } from '../../src/lib/portfolio/concentration.ts';
import { groupAccounts } from '../../src/lib/portfolio/indexes.ts';
import { portfolioHealth } from '../../src/lib/portfolio/size.ts';
import type { AccountSummary } from '../../src/lib/view/accounts.ts';

const item = (id: string, lastYear: number, extra: { currency?: string; wallet?: number; target?: number } = {}) => ({
  id,
  name: id.toUpperCase(),
  plan: { revenue: { lastYear, target: extra.target ?? lastYear, ...extra } },
});

describe('revenueConcentration', () => {
  it('ranks accounts by last year, with share and cumulative share per currency', () => {
    const [eur, mxn, usd] = revenueConcentration(
      [
        item('c', 100),
        item('a', 500),
        item('m', 9_000, { currency: 'MXN' }),
        item('b', 300, { wallet: 600 }),
        item('d', 100),
        item('u', 1, { currency: 'USD' }),
      ],
      'EUR',
    );
    expect(eur!.currency).toBe('EUR');
    expect(eur!.lastYear).toBe(1000);
    expect(eur!.rows.map((row) => [row.id, row.rank, row.share, row.cumulative])).toEqual([
      ['a', 1, 0.5, 0.5],
      ['b', 2, 0.3, 0.8],
      ['c', 3, 0.1, 0.9],
      ['d', 4, 0.1, 1],
    ]);
    // Two accounts reach 80%; floating-point 0.5 + 0.3 must still count.
    expect(eur!.paretoCount).toBe(2);
    expect(eur!.wallet).toEqual({ accounts: 1, lastYear: 300, wallet: 600, shareOfWallet: 0.5 });
    // Other currencies are never added to euros.
    expect(mxn!.currency).toBe('MXN');
    expect(mxn!.lastYear).toBe(9_000);
    expect(usd!.currency).toBe('USD');
  });

  it('leaves out plans without revenue and has no Pareto count without revenue', () => {
    const [group] = revenueConcentration([item('z', 0, { target: 10 }), { id: 'n', name: 'N', plan: {} }], 'EUR');
    expect(group!.rows).toHaveLength(1);
    expect(group!.paretoCount).toBeUndefined();
  });
});

describe('paretoGeometry', () => {
  it('draws bars as shares and the curve from the origin to 100%', () => {
    const [group] = revenueConcentration([item('a', 75), item('b', 25)], 'EUR');
    const chart = paretoGeometry(group!.rows, 200, 100);
    expect(chart.bars.map((bar) => bar.height)).toEqual([75, 25]);
    expect(chart.line).toEqual([
      { x: 0, y: 100 },
      { x: 100, y: 25 },
      { x: 200, y: 0 },
    ]);
    expect(chart.paretoY).toBe(20);
  });
});

describe('portfolioHealth', () => {
  const range = { recommended: [5, 12] as [number, number], limits: [3, 50] as [number, number] };
  it('says which range the count left and on which side', () => {
    expect(portfolioHealth(7, range)).toMatchObject({ state: 'within', range: [5, 12] });
    expect(portfolioHealth(7, range).side).toBeUndefined();
    expect(portfolioHealth(4, range)).toMatchObject({ state: 'outside-recommended', side: 'below', range: [5, 12] });
    expect(portfolioHealth(13, range)).toMatchObject({ state: 'outside-recommended', side: 'above' });
    expect(portfolioHealth(2, range)).toMatchObject({ state: 'outside-limits', side: 'below', range: [3, 50] });
    expect(portfolioHealth(51, range)).toMatchObject({ state: 'outside-limits', side: 'above', range: [3, 50] });
  });
});

describe('groupAccounts', () => {
  const summary = (id: string, fields: Partial<{ industry: string; status: 'active' | 'draft' | 'archived'; owner: string }>) =>
    ({
      id,
      name: id,
      plan: { owner: 'ana', status: 'active', ...fields },
      selection: { quadrant: 'unscored' },
    }) as unknown as AccountSummary;
  const options = { labelOf: (key: string) => `<${key}>`, compare: (a: string, b: string) => a.localeCompare(b) };

  it('groups free text regardless of case and spacing, with accounts that say nothing last', () => {
    const groups = groupAccounts(
      [
        summary('a', { industry: 'Food retail' }),
        summary('b', { industry: 'food  retail', status: 'draft' }),
        summary('c', {}),
        summary('d', { industry: 'Chemicals' }),
      ],
      'industry',
      options,
    );
    expect(groups.map((group) => [group.key, group.label, group.accounts.map((s) => s.id), group.active])).toEqual([
      ['chemicals', 'Chemicals', ['d'], 1],
      ['food retail', 'Food retail', ['a', 'b'], 1],
      ['', '', ['c'], 1],
    ]);
  });

  it('keeps the schema order for closed dimensions, empty values included', () => {
    const groups = groupAccounts([summary('a', { status: 'archived' })], 'status', options);
    expect(groups.map((group) => [group.key, group.label, group.accounts.length])).toEqual([
      ['draft', '<draft>', 0],
      ['active', '<active>', 0],
      ['archived', '<archived>', 1],
    ]);
  });
});
