import { cliEn } from '../i18n/cli-en.ts';
import { localDate } from '../lib/dates.ts';
import { isRealDate } from '../schemas/common.ts';

/** A `KEYPLAN_TODAY` that is not a real date: the message is English; commands word `value` in theirs (`badToday`). */
export class TodayError extends Error {
  readonly value: string;
  constructor(value: string) {
    super(cliEn.badToday(value));
    this.value = value;
  }
}

/**
 * "Today" for the completeness checks: `KEYPLAN_TODAY` when set, so that builds and tests are
 * reproducible, else the current local date.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env['KEYPLAN_TODAY'];
  if (pinned === undefined || pinned === '') return localDate(new Date());
  if (!isRealDate(pinned)) throw new TodayError(pinned);
  return pinned;
}

/** `KEYPLAN_TODAY` when it is set, checked as `today` checks it; undefined when the current date applies. */
export function pinnedToday(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['KEYPLAN_TODAY'] ? today(env) : undefined;
}
