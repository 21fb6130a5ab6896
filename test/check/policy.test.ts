import { describe, expect, it } from 'vitest';
import { checkIds } from '../../src/schemas/settings.ts';
import { planScore } from '../../src/lib/check/completeness.ts';
import { check, edits, linesOf, minimalFiles, PLAN, replace, reportOf, SETTINGS, withChanges } from './helpers.ts';

const INCOMPLETE = edits(replace('sponsor: ben-okafor\n', ''), replace('    target: 97\n', ''));
const settings = (yaml: string) => (text: string) => `${text}${yaml}`;

describe('the completeness report', () => {
  it('runs every check, in the method’s order, and scores a complete plan 1', () => {
    const result = check(minimalFiles());
    const report = result.completeness.get('acme')!;
    expect(report.checks.map((entry) => entry.id)).toEqual([...checkIds]);
    expect(report.checks.filter((entry) => !entry.passed)).toEqual([]);
    expect(report).toMatchObject({ accountId: 'acme', status: 'active', score: 1 });
    expect(result.today).toBe('2026-11-23');
    expect(linesOf(minimalFiles(), [...checkIds])).toEqual([]);
  });

  it('gives each failed check a reason with the values and a hint', () => {
    const report = reportOf(withChanges({ [PLAN]: INCOMPLETE }));
    expect(report.score).toBeCloseTo(12 / 14);
    expect(report.checks.filter((entry) => !entry.passed)).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add \`sponsor:\` with the team id of the executive on our side who backs the account (a person in \`content/team/\`).",
          "id": "sponsor",
          "passed": false,
          "reason": "The plan has no \`sponsor\`.",
          "weight": 1,
        },
        {
          "hint": "Add \`target:\` with the value to reach by the end of the period.",
          "id": "kpis",
          "passed": false,
          "reason": "\`kpis[0]\` ("On-time delivery") has no \`target\`.",
          "weight": 1,
        },
      ]
    `);
  });

  it('weighs checks by `completeness.weights`', () => {
    const files = withChanges({ [PLAN]: INCOMPLETE, [SETTINGS]: settings('completeness:\n  weights: { sponsor: 4, knowledge: 0 }\n') });
    // Passed: 11 checks of weight 1 (knowledge weighs 0); failed: sponsor (4) and kpis (1).
    expect(reportOf(files).score).toBeCloseTo(11 / 16);
    expect(planScore([])).toBe(1);
  });

  it('reports an active plan’s failures as errors and a draft’s as warnings', () => {
    expect(linesOf(withChanges({ [PLAN]: INCOMPLETE }), ['sponsor', 'kpis']).map((line) => line.split('  ')[1])).toEqual([
      'error',
      'error',
    ]);
    const draft = withChanges({ [PLAN]: edits(INCOMPLETE, replace('status: active', 'status: draft')) });
    expect(linesOf(draft, ['sponsor', 'kpis']).map((line) => line.split('  ')[1])).toEqual(['warning', 'warning']);
    expect(check(draft).reporter.counts().errors).toBe(0);
  });

  it('does not check archived plans by default', () => {
    const files = withChanges({ [PLAN]: edits(INCOMPLETE, replace('status: active', 'status: archived')) });
    expect(reportOf(files)).toEqual({ accountId: 'acme', status: 'archived', score: 1, checks: [] });
    expect(linesOf(files, [...checkIds])).toEqual([]);
  });

  it('runs only the checks `completeness.require` lists for the status', () => {
    const files = withChanges({
      [PLAN]: edits(INCOMPLETE, replace('status: active', 'status: archived')),
      [SETTINGS]: settings('completeness:\n  require:\n    active: [kpis]\n    archived: [sponsor, freshness]\n'),
    });
    const report = reportOf(files);
    expect(report.checks.map((entry) => [entry.id, entry.passed])).toEqual([
      ['sponsor', false],
      ['freshness', true],
    ]);
    expect(report.score).toBe(0.5);
    expect(linesOf(files, [...checkIds])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  warning  The plan has no \`sponsor\`. Add \`sponsor:\` with the team id of the executive on our side who backs the account (a person in \`content/team/\`).  [sponsor]",
      ]
    `);
  });

  it('has no report for a plan whose frontmatter failed the schema, whose errors fail the run', () => {
    const result = check(withChanges({ [PLAN]: replace('status: active', 'status: live') }));
    expect(result.completeness.has('acme')).toBe(false);
    expect(result.reporter.counts().errors).toBe(1);
  });

  it('rejects a today that is not a real date', () => {
    expect(() => check(minimalFiles(), { today: '2026-02-30' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: "today" must be a real date written YYYY-MM-DD, got "2026-02-30".]`,
    );
  });
});
