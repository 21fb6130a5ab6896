import { selectionScorePaths } from '../../../schemas/plan.ts';
import { fail, fieldPlace, pass, type Check } from './context.ts';

/** `selection`: all six selection scores and `coInvestment` are given. */
export const selection: Check = ({ plan, t }) => {
  const say = t.selection;
  const scores = plan.data.selection;
  const read = (path: readonly string[]): unknown =>
    path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], scores);
  const missing = selectionScorePaths.filter((path) => read(path) === undefined);
  if (missing.length === 0) return pass(say.passed);
  if (!scores) {
    return fail({
      reason: say.none,
      hint: say.addSelection(say.scale),
      place: fieldPlace(plan, ['selection']),
    });
  }
  return fail({
    reason: say.missing(t.listing(missing.map((path) => `\`${path.join('.')}\``))),
    hint: say.addMissing(missing.length, say.scale),
    place: fieldPlace(plan, ['selection', ...missing[0]!]),
  });
};
