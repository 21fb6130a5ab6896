import { runEngine, type EngineOptions } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { PlanReport, SourceFile } from '../../src/lib/model.ts';
import { minimalFiles, withChanges } from '../helpers/content.ts';

export { minimalFiles, withChanges };

/** The day the minimal fixture is complete on. */
export const TODAY = '2026-11-23';
export const PLAN = 'content/accounts/acme/plan.mdx';
export const MAP = 'content/accounts/acme/stakeholders.mdx';
export const VALUE = 'content/accounts/acme/value/daily-replenishment.mdx';
export const SETTINGS = 'content/settings.yaml';

export const check = (files: readonly SourceFile[], options: EngineOptions = {}) => runEngine(files, { today: TODAY, ...options });

/** The `path:line:col  level  message  [rule]` lines of the given rules. */
export function linesOf(files: readonly SourceFile[], rules: string | string[], options: EngineOptions = {}): string[] {
  const wanted = [rules].flat();
  return formatMessages(check(files, options).reporter.sorted()).filter((line) => wanted.some((rule) => line.endsWith(`[${rule}]`)));
}

/** The completeness report of one account (`acme` by default). */
export function reportOf(files: readonly SourceFile[], account = 'acme', options: EngineOptions = {}): PlanReport {
  const report = check(files, options).completeness.get(account);
  if (!report) throw new Error(`no completeness report for ${account}`);
  return report;
}

/** The result of one check of `acme`'s plan. */
export function resultOf(files: readonly SourceFile[], id: string, options: EngineOptions = {}) {
  const result = reportOf(files, 'acme', options).checks.find((check) => check.id === id);
  if (!result) throw new Error(`check ${id} did not run`);
  return result;
}

/** A text edit that fails loudly when the fixture no longer contains what it edits. */
export const replace =
  (from: string | RegExp, to: string) =>
  (text: string): string => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
    return next;
  };

/** Several edits of one file, in order. */
export const edits =
  (...steps: ((text: string) => string)[]) =>
  (text: string): string =>
    steps.reduce((current, step) => step(current), text);

/** The minimal fixture plus copies of the `acme` account under other ids (the same plan, other folders). */
export function withAccounts(ids: readonly string[], status: 'active' | 'draft' | 'archived' = 'active'): SourceFile[] {
  const files = minimalFiles();
  const acme = files.filter((file) => file.path.startsWith('content/accounts/acme/'));
  for (const id of ids) {
    for (const file of acme) {
      const text = file.path === PLAN ? file.text.replace('status: active', `status: ${status}`) : file.text;
      files.push({ path: file.path.replace('/acme/', `/${id}/`), text });
    }
  }
  return files;
}
