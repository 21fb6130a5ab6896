import { daysBetween } from '../dates.ts';
import type { Kpi, Plan } from '../../schemas/plan.ts';
import { kpiProgress } from '../view/kpi.ts';

/**
 * A KPI's status on a given day:
 * - `achieved`: the actual value has reached the target (at or above it, or at or below it for a
 *   KPI whose target is lower than its baseline, such as incidents or cost).
 * - `missed`: the due date (the KPI's `due`, else the end of the plan's period) has passed and
 *   the target is not reached.
 * - `on-track`: progress from baseline to target is at most `ON_TRACK_SLACK` behind the share of
 *   time elapsed from the start of the period to the due date (halfway through the time, at least
 *   40% of the way to the target).
 * - `at-risk`: progress is further behind the time elapsed than that.
 * - `unknown`: there is nothing honest to say: no target, no actual, no baseline (so no
 *   direction), or a target equal to the baseline (a level to hold, whose direction is not written).
 */
export const kpiStatuses = ['achieved', 'on-track', 'at-risk', 'missed', 'unknown'] as const;
export type KpiStatus = (typeof kpiStatuses)[number];

/**
 * How far (as a share of the way) progress may trail the time elapsed and still be on track.
 * Results rarely move in a straight line; without slack a KPI 89% of the way there with 90% of
 * the year gone would be reported at risk, and a dashboard that always warns is not read.
 */
const ON_TRACK_SLACK = 0.1;

/** Why a status is `unknown`. */
export type KpiGap = 'no-target' | 'no-actual' | 'no-baseline' | 'flat';

export interface KpiAssessment {
  status: KpiStatus;
  gap?: KpiGap;
  /** The day the target must be reached. */
  due: string;
  /** `lower` when the target is below the baseline: lower is better. */
  direction?: 'higher' | 'lower';
  /** Share of the way from baseline to target, 0–1. */
  progress?: number;
  /** Share of the time from the period start to the due date that has elapsed, 0–1. */
  elapsed?: number;
}

export function assessKpi(kpi: Kpi, period: Plan['period'], today: string): KpiAssessment {
  const due = kpi.due ?? period.end;
  const { baseline, target, actual } = kpi;
  if (target === undefined) return { status: 'unknown', gap: 'no-target', due };
  if (actual === undefined) return { status: 'unknown', gap: 'no-actual', due };
  if (baseline === undefined) return { status: 'unknown', gap: 'no-baseline', due };
  if (baseline === target) return { status: 'unknown', gap: 'flat', due };
  const direction = target > baseline ? 'higher' : 'lower';
  const progress = kpiProgress(kpi)!;
  const reached = direction === 'higher' ? actual >= target : actual <= target;
  const span = daysBetween(period.start, due);
  // A due date on or before the period's start leaves no time to spread progress over: all of it is due.
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(period.start, today) / span));
  const base = { due, direction, progress, elapsed } as const;
  if (reached) return { status: 'achieved', ...base };
  if (today > due) return { status: 'missed', ...base };
  return { status: progress >= elapsed - ON_TRACK_SLACK - 1e-9 ? 'on-track' : 'at-risk', ...base };
}

export interface PortfolioKpi {
  accountId: string;
  accountName: string;
  /** Position in the plan's `kpis` list. */
  index: number;
  kpi: Kpi;
  assessment: KpiAssessment;
}

/** Every KPI of the plans still in play (`active` and `draft`), worst status first, then by due date. */
export function portfolioKpis(
  accounts: readonly { id: string; name: string; plan: Pick<Plan, 'status' | 'kpis' | 'period'> }[],
  today: string,
): PortfolioKpi[] {
  const severity: Record<KpiStatus, number> = { missed: 0, 'at-risk': 1, unknown: 2, 'on-track': 3, achieved: 4 };
  const rows: PortfolioKpi[] = [];
  for (const account of accounts) {
    if (account.plan.status === 'archived') continue;
    account.plan.kpis.forEach((kpi, index) => {
      rows.push({ accountId: account.id, accountName: account.name, index, kpi, assessment: assessKpi(kpi, account.plan.period, today) });
    });
  }
  return rows.sort(
    (a, b) =>
      severity[a.assessment.status] - severity[b.assessment.status] ||
      a.assessment.due.localeCompare(b.assessment.due) ||
      a.accountName.localeCompare(b.accountName) ||
      a.index - b.index,
  );
}
