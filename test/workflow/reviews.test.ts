import { describe, expect, it } from 'vitest';
import { reviewReminders } from '../../src/lib/reviews/reminders.ts';
import { check, PLAN, replace, withAccounts } from '../check/helpers.ts';

/** acme plus copies due for review on different days; the minimal plan's next review is 2027-01-15. */
function accounts() {
  const files = withAccounts(['soon', 'late', 'later', 'draft', 'old', 'other']);
  const set = (id: string, change: (text: string) => string) => {
    const file = files.find((entry) => entry.path === PLAN.replace('/acme/', `/${id}/`))!;
    file.text = change(file.text);
  };
  set('soon', replace('nextReview: 2027-01-15', 'nextReview: 2026-12-07'));
  set('late', replace('nextReview: 2027-01-15', 'nextReview: 2026-11-20'));
  set('later', replace('nextReview: 2027-01-15', 'nextReview: 2026-12-08'));
  set('draft', (text) => replace('status: active', 'status: draft')(replace('nextReview: 2027-01-15', 'nextReview: 2026-11-23')(text)));
  set('old', (text) => replace('status: active', 'status: archived')(replace('nextReview: 2027-01-15', 'nextReview: 2026-01-01')(text)));
  set('other', (text) =>
    replace('owner: ana-lopez', 'owner: ben-okafor')(replace('nextReview: 2027-01-15', 'nextReview: 2026-11-30')(text)),
  );
  return check(files).portfolio.accounts;
}

describe('reviewReminders', () => {
  it('lists plans due for review within 14 days or past, most urgent first, without archived plans', () => {
    expect(
      reviewReminders(accounts(), { today: '2026-11-23', staleAfterDays: 120 }).map(
        ({ accountId, due, days, overdue, status }) => `${accountId} ${status} ${due} ${days} ${overdue}`,
      ),
    ).toEqual([
      'late active 2026-11-20 -3 true',
      'draft draft 2026-11-23 0 false',
      'other active 2026-11-30 7 false',
      'soon active 2026-12-07 14 false',
    ]);
  });

  it('narrows to one KAM’s plans and to another window', () => {
    expect(reviewReminders(accounts(), { today: '2026-11-23', staleAfterDays: 120, owner: 'ben-okafor' })).toEqual([
      {
        accountId: 'other',
        account: 'Acme Foods',
        owner: 'ben-okafor',
        sponsor: 'ben-okafor',
        status: 'active',
        due: '2026-11-30',
        kind: 'next-review',
        days: 7,
        overdue: false,
      },
    ]);
    expect(
      reviewReminders(accounts(), { today: '2026-11-23', staleAfterDays: 120, withinDays: 60 }).map((reminder) => reminder.accountId),
    ).toEqual(['late', 'draft', 'other', 'soon', 'later', 'acme']);
  });

  it('counts a plan whose last review has gone stale as due, on the day it goes stale', () => {
    // The minimal plan was reviewed 2026-10-01: stale after 2027-01-29 with 120 days, before its next review with 100.
    expect(
      reviewReminders(accounts(), { today: '2027-01-20', staleAfterDays: 100 }).find((reminder) => reminder.accountId === 'acme'),
    ).toMatchObject({ due: '2027-01-09', kind: 'stale', days: -11, overdue: true });
  });
});
