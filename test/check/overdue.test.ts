import { describe, expect, it } from 'vitest';
import { isOverdue, reviewDue } from '../../src/lib/check/overdue.ts';
import { touchedAccounts } from '../../src/lib/check/compare.ts';
import { check, linesOf, PLAN, replace, SETTINGS, withChanges } from './helpers.ts';

/** The minimal plan with its next review past on the tests' day (2026-11-23). */
const overdue = (settings = '') =>
  withChanges({
    [PLAN]: replace('nextReview: 2027-01-15', 'nextReview: 2026-11-20'),
    ...(settings ? { [SETTINGS]: (text: string) => `${text}${settings}` } : {}),
  });
const severities = (files: ReturnType<typeof overdue>, touched?: ReadonlySet<string>) =>
  check(files, touched ? { touched } : {})
    .reporter.sorted()
    .flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'freshness').map((message) => (message.fatal ? 'error' : 'warning')),
    );

describe('the overdue policy (completeness.overdue)', () => {
  it('changed, the default: a warning outside a pull request, an error where the change touches the account', () => {
    expect(check(overdue()).portfolio.settings.completeness.overdue).toBe('changed');
    expect(severities(overdue())).toEqual(['warning']);
    expect(severities(overdue(), new Set(['acme']))).toEqual(['error']);
    expect(severities(overdue(), new Set(['another-account']))).toEqual(['warning']);
    expect(linesOf(overdue(), 'freshness')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:17:13  warning  \`nextReview\` is 2026-11-20, 3 days past (today is 2026-11-23). Hold the review, then set \`reviewed:\` to its date and \`nextReview:\` to the next one. A warning for now: a pull request that changes this account must bring the review up to date (\`completeness.overdue: changed\`).  [freshness]",
      ]
    `);
    expect(linesOf(overdue(), 'freshness', { touched: new Set(['acme']) })).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:17:13  error  \`nextReview\` is 2026-11-20, 3 days past (today is 2026-11-23). Hold the review, then set \`reviewed:\` to its date and \`nextReview:\` to the next one. This change touches the account, so it must bring the review up to date (\`completeness.overdue: changed\`).  [freshness]",
      ]
    `);
  });

  it('error: always an error; warn: never', () => {
    expect(severities(overdue('completeness:\n  overdue: error\n'))).toEqual(['error']);
    expect(severities(overdue('completeness:\n  overdue: warn\n'), new Set(['acme']))).toEqual(['warning']);
  });

  it('lowers the score either way: the check fails', () => {
    const report = check(overdue()).completeness.get('acme')!;
    expect(report.checks.find((entry) => entry.id === 'freshness')?.passed).toBe(false);
    expect(report.score).toBeLessThan(1);
  });

  it('leaves every other check gating as before', () => {
    const files = withChanges({ [PLAN]: replace('sponsor: ben-okafor\n', '') });
    expect(check(files).reporter.counts().errors).toBeGreaterThan(0);
  });

  it('rejects an unknown policy, naming the choices', () => {
    expect(linesOf(overdue('completeness:\n  overdue: never\n'), 'schema').join('\n')).toMatch(/overdue.*changed.*error.*warn/);
  });
});

describe('reviewDue', () => {
  it('is the next review or the day the last review goes stale, whichever comes first', () => {
    expect(reviewDue({ reviewed: '2026-10-01', nextReview: '2027-01-15' }, 120)).toBe('2027-01-15');
    expect(reviewDue({ reviewed: '2026-10-01', nextReview: '2027-03-01' }, 120)).toBe('2027-01-29');
    expect(reviewDue({ reviewed: '2026-10-01' }, 30)).toBe('2026-10-31');
    expect(isOverdue({ reviewed: '2026-10-01' }, 30, '2026-10-31')).toBe(false);
    expect(isOverdue({ reviewed: '2026-10-01' }, 30, '2026-11-01')).toBe(true);
  });
});

describe('touchedAccounts', () => {
  it('names the accounts whose files a change adds, edits or removes', () => {
    const before = [
      { path: 'content/settings.yaml', text: 'company: A' },
      { path: 'content/accounts/a/plan.mdx', text: 'a' },
      { path: 'content/accounts/b/plan.mdx', text: 'b' },
      { path: 'content/accounts/c/value/x.mdx', text: 'c' },
    ];
    const after = [
      { path: 'content/settings.yaml', text: 'company: B' },
      { path: 'content/accounts/a/plan.mdx', text: 'a' },
      { path: 'content/accounts/b/plan.mdx', text: 'b2' },
      { path: 'content/accounts/d/plan.mdx', text: 'd' },
      { path: 'content/team/ana.yaml', text: 'name: Ana' },
    ];
    expect([...touchedAccounts(before, after, 'content')].sort()).toEqual(['b', 'c', 'd']);
  });
});
