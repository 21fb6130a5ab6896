import { checksEn } from '../../src/i18n/check-en.ts';
import type { CheckStrings } from '../../src/i18n/check-types.ts';
import { formatCounts } from '../../src/lib/check/format.ts';
import type { PlanReport } from '../../src/lib/model.ts';

/** `86%`, rounded down so that a plan missing anything never shows 100%. */
export function percent(score: number): string {
  return `${Math.floor(score * 100)}%`;
}

export function failingChecks(report: PlanReport): string[] {
  return report.checks.filter((check) => !check.passed).map((check) => check.id);
}

/** One line per plan, aligned: account, status, score and failing checks (`--verbose`). */
export function formatPlans(reports: ReadonlyMap<string, PlanReport>, accountIds: readonly string[], t: CheckStrings = checksEn): string[] {
  const width = Math.max(0, ...accountIds.map((id) => id.length));
  return accountIds.map((id) => {
    const report = reports.get(id);
    const name = id.padEnd(width);
    if (!report) return `${name}  (${t.report.notScored})`;
    const failing = failingChecks(report);
    const checked = report.checks.length ? percent(report.score).padStart(4) : '   -';
    const detail =
      report.checks.length === 0 ? t.report.noChecks : failing.length ? t.report.failing(failing.join(', ')) : t.report.complete;
    return `${name}  ${report.status.padEnd(8)}  ${checked}  ${detail}`;
  });
}

/** "3 plans checked, 1 error, 2 warnings", in the run's language. */
export function formatSummary(plans: number, counts: { errors: number; warnings: number }, t: CheckStrings = checksEn): string {
  return t.run.summary(plans, formatCounts(counts, t));
}
