/**
 * The day every test judges plans against, whatever the machine's clock: builds, checks and the
 * engine all get it as `KEYPLAN_TODAY`. The sample portfolio is written as of this day.
 */
export const TEST_TODAY = '2026-11-23';
