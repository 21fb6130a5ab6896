import { uiStrings } from '../../i18n/index.ts';
import { checkIds, type CheckId, type Settings } from '../../schemas/settings.ts';
import { checks } from './rules/index.ts';
import type { CheckContext, Finding } from './rules/context.ts';
import type { Account, CheckResult, PlanReport, Portfolio } from '../model.ts';
import { overdueNote, overdueSeverity } from './overdue.ts';
import type { Reporter } from './report.ts';

export interface CompletenessOptions {
  /** `YYYY-MM-DD`; freshness and client validation are judged against it. */
  today: string;
  /**
   * Accounts a change touches, in a pull request's gate (`check --since`): under
   * `completeness.overdue: changed` their overdue plans are errors. Undefined outside that gate.
   */
  touched?: ReadonlySet<string>;
  /** The language of reasons and hints. @default settings.locale */
  locale?: Settings['locale'];
}

/** The ids a plan's status requires, in the method's order. */
function requiredChecks(portfolio: Portfolio, status: PlanReport['status']): CheckId[] {
  const required = portfolio.settings.completeness.require[status];
  return required === 'all' ? [...checkIds] : checkIds.filter((id) => required.includes(id));
}

/** Weighted share of passed checks, 0–1; 1 when nothing (or nothing with weight) is required. */
export function planScore(results: readonly CheckResult[]): number {
  const total = results.reduce((sum, result) => sum + result.weight, 0);
  if (total === 0) return 1;
  return results.reduce((sum, result) => sum + (result.passed ? result.weight : 0), 0) / total;
}

/**
 * Runs the checks a plan's status requires. Returns undefined for an account whose plan is missing
 * or failed its schema: those errors already fail the run, and there is nothing sound to score.
 */
function evaluatePlan(
  account: Account,
  portfolio: Portfolio,
  options: CompletenessOptions,
): { report: PlanReport; findings: (Finding & { ruleId: CheckId })[] } | undefined {
  const plan = account.plan;
  if (!plan) return undefined;
  const t = uiStrings(options.locale ?? portfolio.settings.locale).checks;
  const context: CheckContext = { account, plan, portfolio, today: options.today, t };
  const weights = portfolio.settings.completeness.weights;
  const results: CheckResult[] = [];
  const findings: (Finding & { ruleId: CheckId })[] = [];
  for (const id of requiredChecks(portfolio, plan.data.status)) {
    const outcome = checks[id](context);
    const weight = weights[id] ?? 1;
    if (outcome.passed) {
      results.push({ id, passed: true, reason: outcome.reason, weight });
      continue;
    }
    const hints = [...new Set(outcome.findings.map((finding) => finding.hint))];
    results.push({ id, passed: false, reason: outcome.findings.map((finding) => finding.reason).join(' '), hint: hints.join(' '), weight });
    findings.push(...outcome.findings.map((finding) => ({ ...finding, ruleId: id })));
  }
  return { report: { accountId: account.id, status: plan.data.status, score: planScore(results), checks: results }, findings };
}

/**
 * Evaluates every plan and reports each failure where its fix goes: errors for `active` plans
 * (they fail the build), warnings for the other statuses. An active plan's overdue review gates as
 * `completeness.overdue` says (see `overdueSeverity`).
 */
export function checkCompleteness(portfolio: Portfolio, reporter: Reporter, options: CompletenessOptions): Map<string, PlanReport> {
  const reports = new Map<string, PlanReport>();
  const policy = portfolio.settings.completeness.overdue;
  const t = uiStrings(options.locale ?? portfolio.settings.locale).checks;
  for (const account of portfolio.accounts) {
    const evaluated = evaluatePlan(account, portfolio, options);
    if (!evaluated) continue;
    reports.set(account.id, evaluated.report);
    const active = evaluated.report.status === 'active';
    const touched = options.touched?.has(account.id);
    for (const finding of evaluated.findings) {
      if (finding.silent) continue;
      const overdue = active && finding.ruleId === 'freshness';
      const severity = !active ? 'warning' : overdue ? overdueSeverity(policy, touched) : 'error';
      const note = overdue ? overdueNote(policy, touched, t) : '';
      reporter.add(finding.file ?? account.plan!.path, severity, `${finding.reason} ${finding.hint}${note}`, finding.place, finding.ruleId);
    }
  }
  return reports;
}
