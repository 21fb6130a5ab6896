import { describe, expect, it } from 'vitest';
import { assessKpi } from '../../src/lib/portfolio/kpis.ts';

const year = { start: '2026-01-01', end: '2026-12-31' };
const kpi = (fields: Partial<{ baseline: number; target: number; actual: number; due: string }>) => ({ name: 'KPI', ...fields });

describe('assessKpi', () => {
  it('is on track when progress keeps pace with the time elapsed (10 points of slack), at risk when further behind', () => {
    // 2026-07-02 is halfway through the year (182 of 364 days).
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 95 }), year, '2026-07-02')).toMatchObject({
      status: 'on-track',
      direction: 'higher',
      progress: 0.5,
      elapsed: 0.5,
      due: '2026-12-31',
    });
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 94 }), year, '2026-07-02').status).toBe('on-track');
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 93.9 }), year, '2026-07-02').status).toBe('at-risk');
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 90 }), year, '2026-01-01').status).toBe('on-track');
  });

  it('handles lower-is-better KPIs, where the target is below the baseline', () => {
    expect(assessKpi(kpi({ baseline: 14, target: 5, actual: 9 }), year, '2026-07-02')).toMatchObject({
      status: 'on-track',
      direction: 'lower',
    });
    expect(assessKpi(kpi({ baseline: 14, target: 5, actual: 12 }), year, '2026-07-02').status).toBe('at-risk');
    expect(assessKpi(kpi({ baseline: 14, target: 5, actual: 4 }), year, '2026-07-02').status).toBe('achieved');
    // Going the wrong way is zero progress, not negative.
    expect(assessKpi(kpi({ baseline: 14, target: 5, actual: 16 }), year, '2026-03-01')).toMatchObject({ status: 'at-risk', progress: 0 });
  });

  it('is achieved once the target is reached, whatever the date', () => {
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 100 }), year, '2027-03-01').status).toBe('achieved');
    expect(assessKpi(kpi({ baseline: 90, target: 100, actual: 101, due: '2026-02-01' }), year, '2026-11-23').status).toBe('achieved');
  });

  it('is missed the day after the due date (its own, else the end of the period) when the target is not reached', () => {
    const due = kpi({ baseline: 93.5, target: 98, actual: 97.1, due: '2026-09-30' });
    expect(assessKpi(due, year, '2026-09-30').status).toBe('at-risk');
    expect(assessKpi(due, year, '2026-10-01')).toMatchObject({ status: 'missed', due: '2026-09-30' });
    expect(assessKpi(kpi({ baseline: 1, target: 2, actual: 1.9 }), year, '2027-01-01')).toMatchObject({
      status: 'missed',
      due: '2026-12-31',
    });
  });

  it('measures elapsed time to the KPI’s own due date', () => {
    // Due at the end of March: by mid-February about half of the time has gone.
    const early = assessKpi(kpi({ baseline: 0, target: 10, actual: 3, due: '2026-03-31' }), year, '2026-02-15');
    expect(early.status).toBe('at-risk');
    expect(early.elapsed).toBeCloseTo(45 / 89, 5);
  });

  it('says nothing it cannot know', () => {
    expect(assessKpi(kpi({ baseline: 1, actual: 1 }), year, '2026-06-01')).toMatchObject({ status: 'unknown', gap: 'no-target' });
    expect(assessKpi(kpi({ baseline: 1, target: 2 }), year, '2026-06-01')).toMatchObject({ status: 'unknown', gap: 'no-actual' });
    expect(assessKpi(kpi({ target: 2, actual: 1 }), year, '2026-06-01')).toMatchObject({ status: 'unknown', gap: 'no-baseline' });
    expect(assessKpi(kpi({ baseline: 2, target: 2, actual: 1 }), year, '2026-06-01')).toMatchObject({ status: 'unknown', gap: 'flat' });
  });
});
