import { addDays, daysBetween } from '../dates.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';

/**
 * Days between contacts for each `cadence`. Months, quarters and years are taken at their longest
 * (31, 92, 366 days) so that a contact made on the same date next month is never reported late.
 */
const cadenceDays: Record<NonNullable<Stakeholder['cadence']>, number> = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

export interface ContactDue {
  /** The day the next contact is due; missing when there has never been one (due now). */
  next?: string;
  /** True when the next contact is due today or earlier, or there has never been one. */
  due: boolean;
  /** Days past `next` (0 on the day itself); missing when not due or never contacted. */
  daysLate?: number;
}

/**
 * When a person with a `cadence` must be contacted next. People without a cadence are not
 * tracked: the result is `undefined`.
 */
export function contactDue(person: Pick<Stakeholder, 'cadence' | 'lastContact'>, today: string): ContactDue | undefined {
  if (!person.cadence) return undefined;
  if (!person.lastContact) return { due: true };
  const next = addDays(person.lastContact, cadenceDays[person.cadence]);
  const late = daysBetween(next, today);
  return late >= 0 ? { next, due: true, daysLate: late } : { next, due: false };
}
