import type { CheckId } from '../../schemas/settings.ts';
import type { EngineResult } from './engine.ts';
import type { PlanReport, SourceFile } from '../model.ts';

/** Where a plan stands in one run; `score` and `status` are missing when the plan could not be scored. */
export interface PlanState {
  accountId: string;
  /** The client's name from the plan, or the account id when the plan is missing or invalid. */
  name: string;
  status?: PlanReport['status'];
  score?: number;
  /** How many checks its status requires; 0 for archived plans by default. */
  checked: number;
  failing: CheckId[];
}

/** A plan present on both sides whose completeness changed. */
export interface PlanChange {
  accountId: string;
  name: string;
  before: PlanState;
  after: PlanState;
  /** Checks that fail now and did not before (passed, or were not required). */
  newlyFailing: CheckId[];
  /** Checks that failed before and pass now. */
  newlyPassing: CheckId[];
}

/** A message of the current run, in the form every output prints. */
export interface MessageEntry {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  reason: string;
}

/** What a change to the content does to completeness: the base run compared with the current one. */
export interface Comparison {
  /** Plans in the current tree only, and in the base only. */
  added: PlanState[];
  removed: PlanState[];
  /** Plans on both sides whose score, status or failing checks changed, sorted by account id. */
  changed: PlanChange[];
  /** Messages of the current run that the base did not have. */
  newErrors: MessageEntry[];
  newWarnings: MessageEntry[];
  /** Errors of the base run that are gone. */
  fixedErrors: number;
  /**
   * Overdue or stale active plans that are only warnings in this gate: the change does not touch
   * them (`completeness.overdue: changed`), or the policy is `warn`.
   */
  overdueWarnings: MessageEntry[];
  /** Totals of the current run. */
  counts: { errors: number; warnings: number };
}

/**
 * The accounts whose files differ between two content trees (changed, added or removed): what a
 * pull request touches. `root` is the content folder as the paths spell it (`content`).
 */
export function touchedAccounts(before: readonly SourceFile[], after: readonly SourceFile[], root: string): Set<string> {
  const prefix = root ? `${root}/accounts/` : 'accounts/';
  const texts = new Map(before.map((file) => [file.path, file.text]));
  const touched = new Set<string>();
  const accountOf = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length).split('/')[0] : undefined);
  for (const file of after) {
    const id = accountOf(file.path);
    if (id !== undefined && texts.get(file.path) !== file.text) touched.add(id);
    texts.delete(file.path);
  }
  for (const path of texts.keys()) {
    const id = accountOf(path);
    if (id !== undefined) touched.add(id);
  }
  return touched;
}

function states(run: EngineResult): Map<string, PlanState> {
  const map = new Map<string, PlanState>();
  for (const account of run.portfolio.accounts) {
    const report = run.completeness.get(account.id);
    map.set(account.id, {
      accountId: account.id,
      name: account.plan?.data.account ?? account.id,
      ...(report ? { status: report.status, score: report.score } : {}),
      checked: report?.checks.length ?? 0,
      failing: report ? report.checks.filter((check) => !check.passed).map((check) => check.id) : [],
    });
  }
  return map;
}

function messages(run: EngineResult): MessageEntry[] {
  return run.reporter.sorted().flatMap((file) =>
    file.messages.map((message) => ({
      path: file.path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal ? ('error' as const) : ('warning' as const),
      rule: message.ruleId ?? 'keyplan',
      reason: message.reason,
    })),
  );
}

/**
 * Messages of `after` that `before` did not have. Positions are left out of the match, since an edit
 * above a problem moves it without making it new; a message repeated in one file counts each time.
 */
function unmatched(after: readonly MessageEntry[], before: readonly MessageEntry[]): MessageEntry[] {
  const key = (message: MessageEntry) => `${message.severity}\0${message.path}\0${message.rule}\0${message.reason}`;
  const seen = new Map<string, number>();
  for (const message of before) seen.set(key(message), (seen.get(key(message)) ?? 0) + 1);
  return after.filter((message) => {
    const left = seen.get(key(message)) ?? 0;
    if (left === 0) return true;
    seen.set(key(message), left - 1);
    return false;
  });
}

/** Whether the file belongs to an account whose plan is active (drafts' warnings are another matter). */
function isActive(run: EngineResult, path: string): boolean {
  return run.portfolio.accounts.some(
    (account) => account.plan?.data.status === 'active' && path.startsWith(account.plan.path.replace(/plan\.mdx$/, '')),
  );
}

/** Compares two runs of the engine on the same day: the base (e.g. the target branch) and the current tree. */
export function compareRuns(before: EngineResult, after: EngineResult): Comparison {
  const was = states(before);
  const is = states(after);
  const added = [...is.values()].filter((plan) => !was.has(plan.accountId));
  const removed = [...was.values()].filter((plan) => !is.has(plan.accountId));
  const changed: PlanChange[] = [];
  for (const now of is.values()) {
    const then = was.get(now.accountId);
    if (!then) continue;
    const passingNow = new Set(
      after.completeness
        .get(now.accountId)
        ?.checks.filter((check) => check.passed)
        .map((check) => check.id),
    );
    const newlyFailing = now.failing.filter((id) => !then.failing.includes(id));
    const newlyPassing = then.failing.filter((id) => passingNow.has(id));
    const same =
      then.score === now.score && then.status === now.status && newlyFailing.length === 0 && then.failing.length === now.failing.length;
    if (!same) changed.push({ accountId: now.accountId, name: now.name, before: then, after: now, newlyFailing, newlyPassing });
  }
  const beforeMessages = messages(before);
  const afterMessages = messages(after);
  const fresh = unmatched(afterMessages, beforeMessages);
  return {
    added,
    removed,
    changed: changed.sort((a, b) => a.accountId.localeCompare(b.accountId)),
    newErrors: fresh.filter((message) => message.severity === 'error'),
    newWarnings: fresh.filter((message) => message.severity === 'warning'),
    fixedErrors: unmatched(
      beforeMessages.filter((message) => message.severity === 'error'),
      afterMessages.filter((message) => message.severity === 'error'),
    ).length,
    overdueWarnings: afterMessages.filter(
      (message) => message.rule === 'freshness' && message.severity === 'warning' && isActive(after, message.path),
    ),
    counts: after.reporter.counts(),
  };
}
