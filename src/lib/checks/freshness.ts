import { daysBetween } from '../dates.ts';
import { count, fail, pass, type Check, type Finding } from './context.ts';

/**
 * `freshness`: `reviewed` lies within `staleAfterDays` before today (a review in the future has not
 * happened), and `nextReview`, when set, is not past. `nextReview` is optional in the schema, so a
 * plan without one is judged on `reviewed` alone.
 */
export const freshness: Check = ({ plan, portfolio, today }) => {
  const { reviewed, nextReview } = plan.data;
  const limit = portfolio.settings.completeness.staleAfterDays;
  const age = daysBetween(reviewed, today);
  const findings: Finding[] = [];
  if (age < 0) {
    findings.push({
      reason: `\`reviewed\` is ${reviewed}, after today (${today}).`,
      hint: 'Write the date of the last review that took place; a planned one goes in `nextReview`.',
      place: plan.locate(['reviewed'], 'value'),
    });
  } else if (age > limit) {
    findings.push({
      reason: `\`reviewed\` is ${reviewed}, ${count(age, 'day')} before today (${today}); a plan goes stale after ${limit}.`,
      hint: 'Review the plan with the account team, update what changed and set `reviewed:` to the date of that review.',
      place: plan.locate(['reviewed'], 'value'),
    });
  }
  if (nextReview !== undefined && nextReview < today) {
    findings.push({
      reason: `\`nextReview\` is ${nextReview}, ${count(daysBetween(nextReview, today), 'day')} past (today is ${today}).`,
      hint: 'Hold the review, then set `reviewed:` to its date and `nextReview:` to the next one.',
      place: plan.locate(['nextReview'], 'value'),
    });
  }
  if (findings.length) return fail(...findings);
  const next = nextReview === undefined ? 'no `nextReview` set' : `next review ${nextReview}`;
  return pass(`Reviewed ${reviewed}, ${count(age, 'day')} ago (stale after ${limit}); ${next}.`);
};
