import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { dueList } from '../../src/lib/reviews/due.ts';
import { dueMarkdown, dueText, markdownText, type DueFormat } from '../../scripts/lib/format-due.ts';
import { check, edits, PLAN, replace, withChanges } from '../check/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The minimal fixture with an overdue review, a second action nobody owns, and a handle for Ana. */
function portfolio(today = '2026-11-23') {
  const files = withChanges({
    [PLAN]: edits(
      replace('nextReview: 2027-01-15', 'nextReview: 2026-11-20'),
      replace(
        '    clientAgreed: true\n',
        '    clientAgreed: true\n  - title: "Call @octocat about <script>alert(1)</script> | [terms](https://evil.example)"\n    due: 2026-12-01\n  - title: Done already\n    owner: ana-lopez\n    due: 2026-11-24\n    status: done\n  - title: Far away\n    owner: ana-lopez\n    due: 2027-03-01\n',
      ),
    ),
    'content/team/ana-lopez.yaml': (text) => `${text}github: ana-lopez-gh\n`,
  });
  return check(files, { today }).portfolio;
}

function format(locale: 'en' | 'es' = 'en', today = '2026-11-23'): DueFormat {
  const team = portfolio(today).team;
  return {
    today,
    withinDays: 14,
    member: (id) => {
      const data = team.get(id)?.data;
      return data ? { name: data.name, ...(data.github ? { github: data.github } : {}) } : undefined;
    },
    fileUrl: (path) => `https://github.com/example/plans/blob/main/${path}`,
    t: (locale === 'en' ? en : es).due,
  };
}

describe('dueList', () => {
  it('groups overdue and due-soon reviews and open actions by owner, most urgent first, unowned actions last', () => {
    const { accounts, settings } = portfolio();
    const groups = dueList(accounts, { today: '2026-11-23', settings });
    expect(groups.map((group) => [group.owner ?? '(none)', group.items.map((item) => `${item.kind} ${item.due} ${item.days}`)])).toEqual([
      ['ana-lopez', ['review 2026-11-20 -3', 'action 2026-11-30 7']],
      ['(none)', ['action 2026-12-01 8']],
    ]);
  });
});

describe('npm run due output', () => {
  it('prints plain text for the terminal', () => {
    const { accounts, settings } = portfolio();
    expect(dueText(dueList(accounts, { today: '2026-11-23', settings }), format())).toMatchInlineSnapshot(`
      "Plan reviews and actions overdue or due within 14 days (as of 2026-11-23)

      Ana López (@ana-lopez-gh)
        3 days overdue  2026-11-20  Acme Foods: Plan review
        in 7 days       2026-11-30  Acme Foods: Joint S&OP workshop

      Actions without an owner
        in 8 days  2026-12-01  Acme Foods: Call @octocat about <script>alert(1)</script> | [terms](https://evil.example)
      "
    `);
  });

  it('prints Markdown for the GitHub issue: owners mentioned, what people typed made inert', () => {
    const { accounts, settings } = portfolio();
    const markdown = dueMarkdown(dueList(accounts, { today: '2026-11-23', settings }), format());
    expect(markdown).toMatchInlineSnapshot(`
      "Plan reviews and actions overdue or due within 14 days (as of 2026-11-23)

      ### Ana López @ana-lopez-gh

      | When | Due | Account | What |
      | --- | --- | --- | --- |
      | **3 days overdue** | 2026-11-20 | [Acme Foods](https://github.com/example/plans/blob/main/content/accounts/acme/plan.mdx) | Plan review |
      | in 7 days | 2026-11-30 | [Acme Foods](https://github.com/example/plans/blob/main/content/accounts/acme/plan.mdx) | Joint S&amp;OP workshop |

      ### Actions without an owner

      | When | Due | Account | What |
      | --- | --- | --- | --- |
      | in 8 days | 2026-12-01 | [Acme Foods](https://github.com/example/plans/blob/main/content/accounts/acme/plan.mdx) | Call \\@octocat about &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\[terms\\]\\(https\\://evil.example\\) |

      <sub>Written by \`npm run due\` every week; edit the plans, not this issue.</sub>
      "
    `);
    expect(markdown).toContain('### Ana López @ana-lopez-gh');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/(^|[^\\])@octocat/);
  });

  it('speaks the site’s language', () => {
    const { accounts, settings } = portfolio();
    expect(dueText(dueList(accounts, { today: '2026-11-23', settings }), format('es'))).toContain('3 días de retraso');
  });

  it('says when nothing is due', () => {
    expect(dueText([], format())).toBe('Nothing is overdue or due within 14 days (as of 2026-11-23).\n');
  });

  it('escapes Markdown, HTML and mentions', () => {
    expect(markdownText('a|b <i>x</i> @team #12 [l](u)')).toBe('a\\|b &lt;i&gt;x&lt;/i&gt; \\@team \\#12 \\[l\\]\\(u\\)');
  });

  it('runs on the sample as `npm run due`, judged on the day given', () => {
    const run = (args: string[], today: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/due.ts'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, KEYPLAN_CONTENT: 'content', KEYPLAN_TODAY: today },
      });
    const text = run([], '2026-11-23');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Plan reviews and actions overdue or due within 14 days \(as of 2026-11-23\)\n/);
    expect(text.stdout).toMatch(/Javier Moreno\n {2}in 10 days {2}2026-12-03 {2}Químicas del Ebro: Plan review/);
    const later = run(['--format', 'markdown'], '2031-06-01');
    expect(later.status).toBe(0);
    expect(later.stdout).toContain('| **');
    expect(run(['--format', 'yaml'], '2026-11-23')).toMatchObject({
      status: 2,
      stderr: 'keyplan due: `--format` must be text or markdown, got "yaml".\n',
    });
  });
});
