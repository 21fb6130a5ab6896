import type { VFile } from 'vfile';
import type { CheckResult, PlanReport } from '../../src/lib/model.ts';

/** The machine-readable report of `npm run check -- --format json`. */
export interface JsonReport {
  /** The day plans were judged against, `YYYY-MM-DD`. */
  today: string;
  totals: { plans: number; errors: number; warnings: number };
  /** Every account, sorted by id; `status` and `score` are null when its plan is missing or invalid. */
  plans: {
    account: string;
    name: string | null;
    path: string;
    status: PlanReport['status'] | null;
    score: number | null;
    checks: CheckResult[];
  }[];
  /** Every file with messages, sorted by path; messages sorted by position. */
  files: {
    path: string;
    messages: { line: number; column: number; severity: 'error' | 'warning'; rule: string; reason: string }[];
  }[];
}

export interface JsonInput {
  today: string;
  /** The content folder as paths spell it, e.g. `content`. */
  root: string;
  accounts: readonly { id: string; plan?: { path: string; data: { account: string } } }[];
  reports: ReadonlyMap<string, PlanReport>;
  files: readonly VFile[];
  counts: { errors: number; warnings: number };
}

export function jsonReport({ today, root, accounts, reports, files, counts }: JsonInput): JsonReport {
  return {
    today,
    totals: { plans: accounts.length, ...counts },
    plans: accounts.map((account) => {
      const report = reports.get(account.id);
      return {
        account: account.id,
        name: account.plan?.data.account ?? null,
        path: account.plan?.path ?? `${root}/accounts/${account.id}/plan.mdx`,
        status: report?.status ?? null,
        score: report ? report.score : null,
        checks: report?.checks ?? [],
      };
    }),
    files: files.map((file) => ({
      path: file.path,
      messages: file.messages.map((message) => ({
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal ? ('error' as const) : ('warning' as const),
        rule: message.ruleId ?? 'keyplan',
        reason: message.reason,
      })),
    })),
  };
}
