import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replace } from '../check/helpers.ts';
import { tempDir, tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check.ts');
const MINIMAL = join(ROOT, 'test/fixtures/minimal/content');

/** `npm run check` in the temporary repository, as a KAM would run it there. */
function check(repo: TempRepo, args: string[], env: Record<string, string> = {}) {
  const { GITHUB_STEP_SUMMARY: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...inherited, KEYPLAN_CONTENT: 'content', KEYPLAN_TODAY: '2026-11-23', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let repo: TempRepo;
const file = (path: string) => join(repo.dir, 'content', path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
/** A copy of the complete `acme` account under another id. */
const copyAcme = (id: string, change: (text: string) => string = (text) => text) => {
  cpSync(file('accounts/acme'), file(`accounts/${id}`), { recursive: true });
  edit(`accounts/${id}/plan.mdx`, change);
};

beforeAll(() => {
  repo = tempRepo(MINIMAL);
  appendFileSync(file('settings.yaml'), 'portfolio:\n  recommended: [1, 10]\n  limits: [1, 50]\n');
  // The base, as on the target branch: acme has a placeholder (error), delta is stale (a warning
  // outside the pull request that brings its review up to date).
  copyAcme('beta', replace('status: active', 'status: draft'));
  copyAcme('delta', replace('reviewed: 2026-10-01', 'reviewed: 2026-01-02'));
  copyAcme('zeta');
  edit('accounts/acme/plan.mdx', replace('committed to the workshop.', 'committed to the workshop. TODO: add the second workshop.'));
  repo.commit('Base portfolio', '2026-11-01');
  repo.git('branch', 'base');

  // The pull request's changes, left in the working tree.
  copyAcme('gamma', replace('status: active', 'status: draft'));
  edit('accounts/acme/plan.mdx', (text) => replace(' TODO: add the second workshop.', '')(replace('    target: 97\n', '')(text)));
  edit('accounts/beta/plan.mdx', replace('sponsor: ben-okafor\n', ''));
  edit('accounts/delta/plan.mdx', replace('reviewed: 2026-01-02', 'reviewed: 2026-10-01'));
  rmSync(file('accounts/zeta'), { recursive: true });
});
afterAll(() => repo.remove());

describe('npm run check -- --since <ref>', () => {
  it('prints what the change does to each plan, in Markdown, and exits 1 on errors in the current tree', () => {
    const { code, stdout, stderr } = check(repo, ['--since', 'base']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.replace(/\(([0-9a-f]{7})\)/, '(<commit>)')).toMatchInlineSnapshot(`
      "## Keyplan: what this change does to the plans

      Compared with \`base\` (<commit>), both judged on 2026-11-23. **3 plans changed (1 up, 1 down), 1 plan added, 1 plan removed, 1 new error, 1 error fixed.**

      | Plan | Completeness | Newly failing | Newly passing |
      | --- | --- | --- | --- |
      | \`acme\` Acme Foods | active 92% → active 92% | \`kpis\` | \`placeholders\` |
      | \`beta\` Acme Foods | draft 100% → draft 92% ↓ | \`sponsor\` |  |
      | \`delta\` Acme Foods | active 92% → active 100% ↑ |  | \`freshness\` |

      **Added**

      | Plan | Completeness | Failing checks |
      | --- | --- | --- |
      | \`gamma\` Acme Foods | draft 92% | \`placeholders\` |

      **Removed**: \`zeta\` Acme Foods.

      ### 1 new error

      | Where | Message | Rule |
      | --- | --- | --- |
      | \`content/accounts/acme/plan.mdx:32:5\` | \`kpis[0]\` ("On-time delivery") has no \`target\`. Add \`target:\` with the value to reach by the end of the period. | \`kpis\` |

      <details><summary>2 new warnings</summary>

      | Where | Message | Rule |
      | --- | --- | --- |
      | \`content/accounts/beta/plan.mdx:3:1\` | The plan has no \`sponsor\`. Add \`sponsor:\` with the team id of the executive on our side who backs the account (a person in \`content/team/\`). | \`sponsor\` |
      | \`content/accounts/gamma/plan.mdx:65:1\` | The body still holds the placeholder \`TODO\`. Write the missing content in its place. | \`placeholders\` |

      </details>

      The content as changed has 1 error and 2 warnings in all.

      ### What changed, field by field

      - \`acme\`: KPI “On-time delivery” target 97 → —; plan text edited
      - \`beta\`: sponsor ben-okafor → —
      - \`delta\`: plan reviewed (2026-10-01)
      - \`gamma\`: plan created (draft); stakeholder map created with 2 people; value proposition “Daily replenishment of fresh categories” added (proposed)
      - \`zeta\`: plan deleted; stakeholder map deleted; value proposition “Daily replenishment of fresh categories” removed

      "
    `);
  });

  it('appends the same Markdown to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(repo.dir, '.summary.md');
    writeFileSync(summary, '## Keyplan check\n');
    const { stdout } = check(repo, ['--since', 'base'], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe(`## Keyplan check\n${stdout}`);
  });

  it('prints the comparison as JSON with --format json', () => {
    const { code, stdout } = check(repo, ['--since', 'base', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Record<string, unknown> & {
      changed: { accountId: string; before: { score: number }; after: { score: number } }[];
    };
    expect(report).toMatchObject({ ref: 'base', today: '2026-11-23', fixedErrors: 1, counts: { errors: 1, warnings: 2 } });
    expect(report.changed.map((plan) => [plan.accountId, plan.before.score.toFixed(2), plan.after.score.toFixed(2)])).toEqual([
      ['acme', '0.93', '0.93'],
      ['beta', '1.00', '0.93'],
      ['delta', '0.93', '1.00'],
    ]);
  });

  it('says that nothing changed when the tree matches the ref', () => {
    const { code, stdout } = check(repo, ['--since', 'HEAD'], { KEYPLAN_CONTENT: join(repo.dir, 'content') });
    expect(code).toBe(1);
    expect(stdout).toContain('**3 plans changed');
    repo.git('stash', '--include-untracked', '--quiet');
    try {
      const same = check(repo, ['--since', 'base']);
      expect(same.stdout).toContain('**No plan’s completeness changed, no new errors.**');
      expect(same.code).toBe(1);
    } finally {
      repo.git('stash', 'pop', '--quiet');
    }
  });

  it('exits 2 with one line of reason outside a repository', () => {
    const outside = tempDir('keyplan-nogit-');
    try {
      cpSync(MINIMAL, join(outside, 'content'), { recursive: true });
      const { code, stderr } = check({ ...repo, dir: outside }, ['--since', 'main']);
      expect({ code, stderr }).toEqual({
        code: 2,
        stderr:
          'keyplan check: `--since main`: the content folder is not in a git repository, so there is no earlier version to compare with.\n',
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says so, in the language of the site, when git is not installed', () => {
    // No git on the PATH: the command finds none (node is started by its full path).
    const en = check(repo, ['--since', 'base'], { PATH: '/nonexistent' });
    expect({ code: en.code, stderr: en.stderr }).toEqual({
      code: 2,
      stderr: 'keyplan check: `--since base`: git is not installed (or not on the PATH), so there is no earlier version to compare with.\n',
    });
    const es = check(repo, ['--since', 'base', '--lang', 'es'], { PATH: '/nonexistent' });
    expect(es.stderr).toContain('git no está instalado (o no está en el PATH)');
  });

  it('gives those reasons in the language of the site, or of --lang', () => {
    const outside = tempDir('keyplan-nogit-');
    try {
      cpSync(MINIMAL, join(outside, 'content'), { recursive: true });
      appendFileSync(join(outside, 'content/settings.yaml'), 'locale: es\n');
      expect(check({ ...repo, dir: outside }, ['--since', 'main'])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'keyplan check: `--since main`: la carpeta de contenido no está en un repositorio git, así que no hay ninguna versión anterior con la que comparar.\n',
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const unknown = check(repo, ['--since', 'origin/main', '--lang', 'es']);
    expect(unknown.code).toBe(2);
    // Git's own complaint stays in git's words, between the parentheses.
    expect(unknown.stderr).toMatch(
      /^keyplan check: `--since origin\/main`: git no conoce ningún commit llamado `origin\/main` \(.+\)\. Tráelo primero con `git fetch`; en GitHub Actions, haz el checkout con `fetch-depth: 0`\.\n$/,
    );
  });

  it('exits 2 with one line of reason for a revision git does not know', () => {
    const { code, stdout, stderr } = check(repo, ['--since', 'origin/main']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatchInlineSnapshot(`
      "keyplan check: \`--since origin/main\`: git knows no commit named \`origin/main\` (Needed a single revision). Fetch it first; in GitHub Actions, check out with \`fetch-depth: 0\`.
      "
    `);
  });
});
