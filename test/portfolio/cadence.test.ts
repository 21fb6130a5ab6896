import { describe, expect, it } from 'vitest';
import { actionTiming, portfolioActions } from '../../src/lib/portfolio/actions.ts';
import { contactDue } from '../../src/lib/portfolio/cadence.ts';

describe('contactDue', () => {
  it('adds 7, 31, 92 or 366 days to the last contact', () => {
    expect(contactDue({ cadence: 'weekly', lastContact: '2026-11-16' }, '2026-11-22')).toEqual({ next: '2026-11-23', due: false });
    expect(contactDue({ cadence: 'weekly', lastContact: '2026-11-16' }, '2026-11-23')).toEqual({
      next: '2026-11-23',
      due: true,
      daysLate: 0,
    });
    expect(contactDue({ cadence: 'monthly', lastContact: '2026-10-01' }, '2026-11-23')).toEqual({
      next: '2026-11-01',
      due: true,
      daysLate: 22,
    });
    expect(contactDue({ cadence: 'quarterly', lastContact: '2026-09-01' }, '2026-11-23')).toEqual({ next: '2026-12-02', due: false });
    expect(contactDue({ cadence: 'yearly', lastContact: '2025-11-22' }, '2026-11-23')).toEqual({
      next: '2026-11-23',
      due: true,
      daysLate: 0,
    });
    // Across a leap day and a year end.
    expect(contactDue({ cadence: 'monthly', lastContact: '2028-02-15' }, '2028-01-01')?.next).toBe('2028-03-17');
    expect(contactDue({ cadence: 'weekly', lastContact: '2026-12-28' }, '2026-12-30')?.next).toBe('2027-01-04');
  });

  it('counts a person never contacted as due, and ignores people without a cadence', () => {
    expect(contactDue({ cadence: 'monthly' }, '2026-11-23')).toEqual({ due: true });
    expect(contactDue({ lastContact: '2020-01-01' }, '2026-11-23')).toBeUndefined();
  });
});

describe('actionTiming', () => {
  const today = '2026-11-23';
  it('sorts an action into overdue, due within 30 days, later, undated or done', () => {
    expect(actionTiming({ due: '2026-11-22', status: 'in-progress' }, today)).toBe('overdue');
    expect(actionTiming({ due: '2026-11-22', status: 'blocked' }, today)).toBe('overdue');
    expect(actionTiming({ due: '2026-11-23', status: 'planned' }, today)).toBe('due-soon');
    expect(actionTiming({ due: '2026-12-23', status: 'planned' }, today)).toBe('due-soon');
    expect(actionTiming({ due: '2026-12-24', status: 'planned' }, today)).toBe('later');
    expect(actionTiming({ status: 'planned' }, today)).toBe('undated');
    expect(actionTiming({ due: '2026-01-01', status: 'done' }, today)).toBe('done');
  });

  it('lists the actions of plans in play by due date, leaving archived plans out', () => {
    const action = (title: string, due?: string) => ({ title, status: 'planned' as const, clientAgreed: false, ...(due ? { due } : {}) });
    const rows = portfolioActions(
      [
        { id: 'b', name: 'B', plan: { status: 'active', actions: [action('b1', '2026-12-01'), action('b2')] } },
        { id: 'a', name: 'A', plan: { status: 'draft', actions: [action('a1', '2026-12-01'), action('a2', '2026-11-01')] } },
        { id: 'z', name: 'Z', plan: { status: 'archived', actions: [action('z1', '2026-11-01')] } },
      ],
      today,
    );
    expect(rows.map((row) => [row.action.title, row.timing])).toEqual([
      ['a2', 'overdue'],
      ['a1', 'due-soon'],
      ['b1', 'due-soon'],
      ['b2', 'undated'],
    ]);
  });
});
