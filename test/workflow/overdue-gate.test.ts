import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replace } from '../check/helpers.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

/**
 * `completeness.overdue` in a pull request's gate: a repository whose `acme` plan is overdue on the
 * day the tests judge (2026-11-23), checked with `--since HEAD` after different changes.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check.ts');
const MINIMAL = join(ROOT, 'test/fixtures/minimal/content');

let repo: TempRepo;
const file = (path: string) => join(repo.dir, 'content', path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));

function check(args: string[]) {
  const { GITHUB_STEP_SUMMARY: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...inherited, KEYPLAN_CONTENT: 'content', KEYPLAN_TODAY: '2026-11-23' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `change`, then the check, then puts the working tree back as committed. */
function withChange(change: () => void, args: string[]) {
  change();
  try {
    return check(args);
  } finally {
    repo.git('checkout', '--quiet', '--', '.');
  }
}

beforeAll(() => {
  repo = tempRepo(MINIMAL);
  appendFileSync(file('settings.yaml'), 'portfolio:\n  recommended: [1, 10]\n  limits: [1, 50]\n');
  edit('accounts/acme/plan.mdx', replace('nextReview: 2027-01-15', 'nextReview: 2026-11-20'));
  repo.commit('Acme, review due on 2026-11-20', '2026-11-01');
});
afterAll(() => repo.remove());

describe('the pull-request gate under `overdue: changed` (the default)', () => {
  it('passes a plain check with the overdue plan as a warning', () => {
    const { code, stdout } = check([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/plan\.mdx:\d+:\d+ {2}warning {2}`nextReview` is 2026-11-20, 3 days past.*\[freshness\]/);
  });

  it('fails a change that touches the overdue plan, with `[freshness]`', () => {
    const { code, stdout } = withChange(
      () => edit('accounts/acme/plan.mdx', replace('industry: Food retail', 'industry: Food and drink retail')),
      ['--since', 'HEAD'],
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /### 1 new error[\s\S]*`nextReview` is 2026-11-20[\s\S]*This change touches the account[\s\S]*\| `freshness` \|/,
    );
  });

  it('fails a change to another file of the account too (its stakeholder map)', () => {
    const { code } = withChange(
      () => edit('accounts/acme/stakeholders.mdx', replace('cadence: monthly', 'cadence: weekly')),
      ['--since', 'HEAD'],
    );
    expect(code).toBe(1);
  });

  it('passes a change that touches only a team file, listing the overdue plan as a warning', () => {
    const { code, stdout } = withChange(
      () => appendFileSync(file('team/ana-lopez.yaml'), 'email: ana.lopez@example.com\n'),
      ['--since', 'HEAD'],
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/no new errors/i);
    expect(stdout).toMatch(
      /### 1 plan overdue for review\n\nWarnings here: this change does not touch them\.[\s\S]*\| `content\/accounts\/acme\/plan\.mdx:\d+:\d+` \| `nextReview` is 2026-11-20/,
    );
  });

  it('passes a change that brings the review up to date', () => {
    const { code, stdout } = withChange(
      () =>
        edit('accounts/acme/plan.mdx', (text) =>
          replace('nextReview: 2026-11-20', 'nextReview: 2027-02-20')(replace('reviewed: 2026-10-01', 'reviewed: 2026-11-21')(text)),
        ),
      ['--since', 'HEAD'],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('`freshness`');
    expect(stdout).not.toContain('overdue for review');
  });
});

describe('the strict and lenient policies', () => {
  it('`error` fails a plain check and a change that touches nothing of the account', () => {
    const strict = () => appendFileSync(file('settings.yaml'), 'completeness:\n  overdue: error\n');
    expect(withChange(strict, []).code).toBe(1);
    expect(withChange(strict, []).stdout).toMatch(/error {2}`nextReview` is 2026-11-20.*\[freshness\]/);
    expect(
      withChange(() => (strict(), appendFileSync(file('team/ana-lopez.yaml'), 'email: ana@example.com\n')), ['--since', 'HEAD']).code,
    ).toBe(1);
  });

  it('`warn` passes even a change that touches the overdue plan', () => {
    const { code, stdout } = withChange(() => {
      appendFileSync(file('settings.yaml'), 'completeness:\n  overdue: warn\n');
      edit('accounts/acme/plan.mdx', replace('industry: Food retail', 'industry: Food and drink retail'));
    }, ['--since', 'HEAD']);
    expect(code).toBe(0);
    expect(stdout).toContain('1 plan overdue for review');
  });
});
