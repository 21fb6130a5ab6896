import { daysBetween } from '../dates.ts';
import { count, fail, pass, type Check } from './context.ts';

/**
 * `freshness`: `reviewed` lies within `staleAfterDays` before today (a review in the future has not
 * happened), and `nextReview`, when set, is not past. `nextReview` is optional in the schema, so a
 * plan without one is judged on `reviewed` alone. An overdue plan gets one finding, however many
 * dates are past, so that each overdue plan is one line in a build's warnings.
 */
export const freshness: Check = ({ plan, portfolio, today }) => {
  const { reviewed, nextReview } = plan.data;
  const limit = portfolio.settings.completeness.staleAfterDays;
  const age = daysBetween(reviewed, today);
  if (age < 0) {
    return fail({
      reason: `\`reviewed\` is ${reviewed}, after today (${today}).`,
      hint: 'Write the date of the last review that took place; a planned one goes in `nextReview`.',
      place: plan.locate(['reviewed'], 'value'),
    });
  }
  const stale = age > limit;
  const nextPast = nextReview !== undefined && nextReview < today;
  if (stale || nextPast) {
    const staleText = `\`reviewed\` is ${reviewed}, ${count(age, 'day')} before today (${today}); a plan goes stale after ${limit}.`;
    const reason = nextPast
      ? `\`nextReview\` is ${nextReview}, ${count(daysBetween(nextReview, today), 'day')} past (today is ${today})${stale ? `, and \`reviewed\` is ${reviewed}, ${count(age, 'day')} ago (stale after ${limit})` : ''}.`
      : staleText;
    return fail({
      reason,
      hint: nextPast
        ? 'Hold the review, then set `reviewed:` to its date and `nextReview:` to the next one.'
        : 'Review the plan with the account team, update what changed and set `reviewed:` to the date of that review.',
      place: plan.locate([nextPast ? 'nextReview' : 'reviewed'], 'value'),
    });
  }
  const next = nextReview === undefined ? 'no `nextReview` set' : `next review ${nextReview}`;
  return pass(`Reviewed ${reviewed}, ${count(age, 'day')} ago (stale after ${limit}); ${next}.`);
};
