import type { Kpi } from '../../schemas/plan.ts';

/**
 * How far the actual value has moved from the baseline towards the target, 0–1 (clamped), for
 * targets that go up or down (`14 → 5` incidents with 6 actual is 0.89). Missing without a
 * baseline, an actual or a target distinct from the baseline: there is no honest ratio then.
 */
export function kpiProgress(kpi: Pick<Kpi, 'baseline' | 'target' | 'actual'>): number | undefined {
  const { baseline, target, actual } = kpi;
  if (baseline === undefined || target === undefined || actual === undefined || target === baseline) return undefined;
  return Math.min(1, Math.max(0, (actual - baseline) / (target - baseline)));
}
