import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountSources, entryFeedback } from '../../src/lib/editor/feedback.ts';
import { SHARED_SOURCES } from '../../src/lib/editor/types.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT } from '../helpers/site.ts';
import { TEST_TODAY } from '../helpers/today.ts';

/**
 * The editor's live check: the engine run on one account's files, the settings and the team, with the
 * entry's text from the form in place of its file. It must say what `npm run check` says of that account.
 */
const files = readContentTree(join(ROOT, 'content'), ROOT);
const sources = accountSources(files, 'content').get('mercaverde')!;
const planPath = 'content/accounts/mercaverde/plan.mdx';
const plan = readFileSync(join(ROOT, planPath), 'utf8');
const options = { today: TEST_TODAY, lang: 'en' as const };

describe("the editor's live check", () => {
  it('takes the settings, the team and the account’s own files, and nothing of other accounts', () => {
    const paths = sources.files.map((file) => file.path);
    expect(paths).toContain('content/settings.yaml');
    expect(paths).toContain(planPath);
    expect(paths.some((path) => path.startsWith('content/team/'))).toBe(true);
    expect(paths.filter((path) => path.startsWith('content/accounts/') && !path.startsWith('content/accounts/mercaverde/'))).toEqual([]);
  });

  it('finds nothing to fix in the sample plan as it is, and scores it complete', () => {
    const feedback = entryFeedback(sources, planPath, plan, options);
    expect(feedback.errors).toBe(0);
    expect(feedback.score).toBe(1);
  });

  it('reports a schema error in the form’s text with its file, line and field', () => {
    const broken = plan.replace(/^status: active$/m, 'status: activ');
    expect(broken).not.toBe(plan);
    const feedback = entryFeedback(sources, planPath, broken, options);
    const line = broken.split('\n').indexOf('status: activ') + 1;
    expect(feedback.errors).toBeGreaterThan(0);
    expect(feedback.messages[0]).toMatchObject({ file: 'accounts/mercaverde/plan.mdx', line, severity: 'error', ruleId: 'schema' });
    expect(feedback.messages[0]!.reason).toContain('status');
    expect(feedback.score).toBeUndefined();
  });

  it('reports a reference to nobody on the team, in the language asked for', () => {
    const unowned = plan.replace(/^(\s+)owner: [\w-]+$/gm, '$1owner: nadie-del-equipo');
    expect(unowned).not.toBe(plan);
    const en = entryFeedback(sources, planPath, unowned, options);
    const es = entryFeedback(sources, planPath, unowned, { ...options, lang: 'es' });
    expect(en.errors).toBeGreaterThan(0);
    expect(es.errors).toBe(en.errors);
    expect(en.messages.map((message) => message.reason)).not.toEqual(es.messages.map((message) => message.reason));
  });

  it('judges a new account’s plan with the settings and team alone', () => {
    const shared = accountSources(files, 'content').get(SHARED_SOURCES)!;
    expect(shared.files.filter((file) => file.path.startsWith('content/accounts/'))).toEqual([]);
    expect(shared.files.map((file) => file.path)).toContain('content/settings.yaml');
    const path = 'content/accounts/conservas-rias-baixas/plan.mdx';
    const draft =
      '---\naccount: Conservas Rías Baixas\nstatus: draft\nowner: laura-gomez\nperiod:\n  start: 2027-01-01\n  end: 2027-12-31\nreviewed: 2026-11-20\n---\n';
    const feedback = entryFeedback(shared, path, draft, options);
    expect(feedback.errors).toBe(0);
    expect(feedback.score).toBeGreaterThan(0);
    expect(feedback.score).toBeLessThan(1);
    // An owner who is not on the team is found, though the account has no other file yet.
    const unknown = entryFeedback(shared, path, draft.replace('laura-gomez', 'nadie'), options);
    expect(unknown.messages.filter((message) => message.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'accounts/conservas-rias-baixas/plan.mdx', line: 4, severity: 'error' }),
    ]);
  });

  it('judges an overdue review as the pull request will, since saving touches the account', () => {
    const late = entryFeedback(sources, planPath, plan, { ...options, today: '2031-01-01' });
    expect(late.messages.some((message) => message.ruleId === 'freshness' && message.severity === 'error')).toBe(true);
  });
});
