import { addDays } from '../dates.ts';

/** Sensible dates for a new plan: a twelve-month period from the start of the current quarter, a review in 90 days. */
export function planDates(today: string): { start: string; end: string; reviewed: string; nextReview: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarter = Math.floor((month - 1) / 3) * 3;
  const start = `${year}-${String(quarter + 1).padStart(2, '0')}-01`;
  const end = addDays(`${year + 1}-${String(quarter + 1).padStart(2, '0')}-01`, -1);
  return { start, end, reviewed: today, nextReview: addDays(today, 90) };
}
