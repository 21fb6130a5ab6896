/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Plans only compare whole days, so dates are read
 * as UTC midnights: no time zone or daylight-saving change can shift a day count.
 */
const DAY = 24 * 60 * 60 * 1000;

function utc(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The calendar day of `date` where the process runs (a KAM's "today"), as `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` after `date` (before it when negative), as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}
