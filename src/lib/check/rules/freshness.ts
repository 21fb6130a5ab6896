import { daysBetween } from '../../dates.ts';
import { fail, pass, type Check } from './context.ts';

/**
 * `freshness`: `reviewed` lies within `staleAfterDays` before today (a review in the future has not
 * happened), and `nextReview`, when set, is not past. `nextReview` is optional in the schema, so a
 * plan without one is judged on `reviewed` alone. An overdue plan gets one finding, however many
 * dates are past, so that each overdue plan is one line in a build's warnings.
 */
export const freshness: Check = ({ plan, portfolio, today, t }) => {
  const say = t.freshness;
  const { reviewed, nextReview } = plan.data;
  const limit = portfolio.settings.completeness.staleAfterDays;
  const age = daysBetween(reviewed, today);
  if (age < 0) {
    return fail({
      reason: say.reviewedFuture(reviewed, today),
      hint: say.writeLastReview,
      place: plan.locate(['reviewed'], 'value'),
    });
  }
  const stale = age > limit;
  const nextPast = nextReview !== undefined && nextReview < today;
  if (stale || nextPast) {
    const reason = nextPast
      ? say.nextPast(nextReview, daysBetween(nextReview, today), today, stale ? say.alsoStale(reviewed, age, limit) : '')
      : say.stale(reviewed, age, today, limit);
    return fail({
      reason,
      hint: nextPast ? say.holdReview : say.review,
      place: plan.locate([nextPast ? 'nextReview' : 'reviewed'], 'value'),
    });
  }
  return pass(say.passed(reviewed, age, limit, nextReview === undefined ? say.noNext : say.next(nextReview)));
};
