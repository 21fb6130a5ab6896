const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Sensible dates for a new plan: a twelve-month period from the start of the current quarter, a review in 90 days. */
export function planDates(today: string): { start: string; end: string; reviewed: string; nextReview: string } {
  const now = new Date(`${today}T00:00:00Z`);
  const start = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0));
  const next = new Date(now.getTime() + 90 * 86_400_000);
  return { start: iso(start), end: iso(end), reviewed: today, nextReview: iso(next) };
}
