import { localDate } from '../lib/dates.ts';
import { isRealDate } from '../schemas/common.ts';

/**
 * "Today" for the completeness checks: `KEYPLAN_TODAY` when set, so that builds and tests are
 * reproducible, else the current local date.
 */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env['KEYPLAN_TODAY'];
  if (pinned === undefined || pinned === '') return localDate(new Date());
  if (!isRealDate(pinned)) {
    throw new Error(
      `\`KEYPLAN_TODAY\` must be a real date written YYYY-MM-DD, got ${JSON.stringify(pinned)}. Unset it to use the current date.`,
    );
  }
  return pinned;
}

/** `KEYPLAN_TODAY` when it is set, checked as `today` checks it; undefined when the current date applies. */
export function pinnedToday(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['KEYPLAN_TODAY'] ? today(env) : undefined;
}
