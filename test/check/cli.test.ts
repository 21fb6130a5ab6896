import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../scripts/lib/format-json.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check.ts');
const MINIMAL = 'test/fixtures/minimal/content';
const BROKEN = 'test/fixtures/check-ten-broken/content';

/** Runs `npm run check` the way npm does (node scripts/check.ts), with the Node running the tests. */
function check(args: string[], env: Record<string, string | undefined> = {}) {
  const { GITHUB_STEP_SUMMARY: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...inherited, KEYPLAN_TODAY: '2026-11-23', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A clean portfolio: the minimal fixture with a portfolio range that fits its one plan.
let scratch: string;
let clean: string;
beforeAll(() => {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  scratch = mkdtempSync(join(ROOT, '.cache/check-cli-'));
  clean = join(scratch, 'content');
  cpSync(join(ROOT, MINIMAL), clean, { recursive: true });
  appendFileSync(join(clean, 'settings.yaml'), 'portfolio:\n  recommended: [1, 10]\n  limits: [1, 50]\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run check, text format', () => {
  it('prints one summary line and exits 0 on a clean portfolio', () => {
    expect(check([], { KEYPLAN_CONTENT: clean })).toEqual({ code: 0, stdout: '1 plan checked, 0 errors, 0 warnings.\n', stderr: '' });
  });

  it('exits 0 with warnings only (the minimal fixture is below the portfolio limits)', () => {
    const { code, stdout } = check([], { KEYPLAN_CONTENT: MINIMAL });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^test\/fixtures\/minimal\/content\/settings\.yaml:1:1  warning {2}The portfolio has 1 active plan.*\[portfolio-size\]\n1 plan checked, 0 errors, 1 warning\.\n$/,
    );
  });

  it('prints all ten problems of ten files in one run, positioned, and exits 1', () => {
    const { code, stdout, stderr } = check([], { KEYPLAN_CONTENT: BROKEN });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('8 plans checked, 8 errors, 2 warnings.');
    const messages = lines.slice(0, -1);
    expect(new Set(messages.map((line) => line.split(':')[0])).size).toBe(10);
    expect(messages.map((line) => line.replace(`${BROKEN}/`, '').replace(/ {2}(error|warning) {2}.*\[(.+)\]$/, '  $1  [$2]')))
      .toMatchInlineSnapshot(`
      [
        "accounts/alfa/plan.mdx:32:5  error  [kpis]",
        "accounts/bravo/plan.mdx:59:1  error  [vision]",
        "accounts/charlie/plan.mdx:16:11  error  [freshness]",
        "accounts/delta/plan.mdx:57:1  error  [placeholders]",
        "accounts/echo/stakeholders.mdx:3:5  error  [coverage]",
        "accounts/foxtrot/value/daily-replenishment.mdx:17:74  error  [mdx-syntax]",
        "accounts/golf/plan.mdx:41:10  error  [actions]",
        "accounts/hotel/plan.mdx:3:1  warning  [sponsor]",
        "settings.yaml:9:3  warning  [portfolio-size]",
        "team/zoe-martin.yaml:2:7  error  [schema]",
      ]
    `);
  });

  it('lists every plan with its score and failing checks with --verbose', () => {
    const { code, stdout } = check(['--verbose'], { KEYPLAN_CONTENT: BROKEN });
    expect(code).toBe(1);
    const plans = stdout.split('\n').filter((line) => /^[a-z]+ +(active|draft)/.test(line));
    expect(plans).toMatchInlineSnapshot(`
      [
        "alfa     active     92%  failing: kpis",
        "bravo    active     92%  failing: vision",
        "charlie  active     92%  failing: freshness",
        "delta    active     92%  failing: placeholders",
        "echo     active     92%  failing: coverage",
        "foxtrot  active     92%  failing: value-proposition",
        "golf     active     92%  failing: actions",
        "hotel    draft      92%  failing: sponsor",
      ]
    `);
    expect(stdout).toMatch(/8 plans checked, 8 errors, 2 warnings in \d+\.\d\d s \(today: 2026-11-23\)\.\n$/);
  });
});

describe('npm run check --format github', () => {
  it('prints escaped annotations and appends a Markdown step summary', () => {
    const summary = join(scratch, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const { code, stdout } = check(['--format', 'github'], { KEYPLAN_CONTENT: BROKEN, GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatchInlineSnapshot(
      `"::error file=test/fixtures/check-ten-broken/content/accounts/alfa/plan.mdx,line=32,col=5,title=Keyplan [kpis]::\`kpis[0]\` ("On-time delivery") has no \`target\`. Add \`target:\` with the value to reach by the end of the period."`,
    );
    expect(annotations.find((line) => line.includes('[portfolio-size]'))).toMatch(
      /^::warning file=test\/fixtures\/check-ten-broken\/content\/settings\.yaml,line=9,col=3,/,
    );
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# Earlier step\n## Keyplan check\n')).toBe(true);
    expect(markdown).toContain('| `alfa` Alfa Foods | active | 92% | `kpis` |');
    expect(markdown).toContain(
      '| warning | `test/fixtures/check-ten-broken/content/accounts/hotel/plan.mdx:3:1` | The plan has no `sponsor`.',
    );
  });

  it('writes no summary file when GITHUB_STEP_SUMMARY is unset, and exits 0 without errors', () => {
    const { code, stdout } = check(['--format', 'github'], { KEYPLAN_CONTENT: MINIMAL });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(
      /^::warning file=test\/fixtures\/minimal\/content\/settings\.yaml,line=1,col=1,title=Keyplan \[portfolio-size\]::The portfolio has 1 active plan/,
    );
  });
});

describe('npm run check --format json', () => {
  it('prints plans with scores and checks, files with messages, and totals', () => {
    const { code, stdout } = check(['--format', 'json'], { KEYPLAN_CONTENT: BROKEN });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.totals).toEqual({ plans: 8, errors: 8, warnings: 2 });
    expect(report.today).toBe('2026-11-23');
    expect(report.files).toHaveLength(10);
    const failing = (plan: JsonReport['plans'][number]) => plan.checks.filter((entry) => !entry.passed).map((entry) => entry.id);
    expect(report.plans.map((plan) => `${plan.account} ${plan.status} ${plan.score!.toFixed(3)} ${failing(plan).join(',')}`))
      .toMatchInlineSnapshot(`
      [
        "alfa active 0.929 kpis",
        "bravo active 0.929 vision",
        "charlie active 0.929 freshness",
        "delta active 0.929 placeholders",
        "echo active 0.929 coverage",
        "foxtrot active 0.929 value-proposition",
        "golf active 0.929 actions",
        "hotel draft 0.929 sponsor",
      ]
    `);
    expect(report.plans[0]!.checks.find((entry) => entry.id === 'kpis')).toMatchInlineSnapshot(`
      {
        "hint": "Add \`target:\` with the value to reach by the end of the period.",
        "id": "kpis",
        "passed": false,
        "reason": "\`kpis[0]\` ("On-time delivery") has no \`target\`.",
        "weight": 1,
      }
    `);
    expect(report.files.find((file) => file.path.endsWith('golf/plan.mdx'))).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "column": 10,
            "line": 41,
            "reason": "\`actions[0].due\` is 2027-02-15, after the period ends (2026-12-31). Move the date inside the period (2026-01-01 to 2026-12-31), or move the action to the plan of the period it belongs to.",
            "rule": "actions",
            "severity": "error",
          },
        ],
        "path": "test/fixtures/check-ten-broken/content/accounts/golf/plan.mdx",
      }
    `);
  });

  it('exits 0 on the minimal fixture, with a complete plan', () => {
    const { code, stdout } = check(['--format', 'json'], { KEYPLAN_CONTENT: MINIMAL });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.plans).toMatchObject([{ account: 'acme', name: 'Acme Foods', status: 'active', score: 1 }]);
    expect(report.totals).toEqual({ plans: 1, errors: 0, warnings: 1 });
  });
});

describe('npm run check when it cannot run', () => {
  it.each([
    ['an unknown flag', ['--strict'], {}],
    ['an unknown format', ['--format', 'xml'], {}],
    ['a missing content folder', [], { KEYPLAN_CONTENT: 'test/fixtures/no-such-folder/content' }],
    ['a content path that is a file', [], { KEYPLAN_CONTENT: 'package.json' }],
    ['an impossible KEYPLAN_TODAY', [], { KEYPLAN_TODAY: '2026-02-30' }],
  ])('exits 2 with one line of reason for %s', (_, args, env) => {
    const { code, stdout, stderr } = check(args, { KEYPLAN_CONTENT: MINIMAL, ...env });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^keyplan check: /);
  });

  it('explains each reason', () => {
    const reasons = [
      check(['--strict']),
      check(['--format', 'xml']),
      check([], { KEYPLAN_CONTENT: 'test/fixtures/no-such-folder/content' }),
      check([], { KEYPLAN_TODAY: '2026-02-30' }),
    ].map((result) => result.stderr.trimEnd());
    expect(reasons).toMatchInlineSnapshot(`
      [
        "keyplan check: Unknown option '--strict'. Run \`npm run check -- --help\` for the options.",
        "keyplan check: \`--format\` must be one of text, github, json, got "xml".",
        "keyplan check: The content folder \`test/fixtures/no-such-folder/content\` (named by KEYPLAN_CONTENT) does not exist. Run the check from the project root, or set KEYPLAN_CONTENT to the content folder.",
        "keyplan check: \`KEYPLAN_TODAY\` must be a real date written YYYY-MM-DD, got "2026-02-30". Unset it to use the current date.",
      ]
    `);
  });

  it('prints the stack trace only with --debug', () => {
    const { code, stderr } = check(['--debug'], { KEYPLAN_TODAY: 'tomorrow' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/\n {4}at /);
  });

  it('prints the usage with --help and exits 0', () => {
    const { code, stdout } = check(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run check');
  });
});
