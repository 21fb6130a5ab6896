import { selectionScorePaths } from '../../schemas/plan.ts';
import { fail, fieldPlace, listing, pass, type Check } from './context.ts';

/** `selection`: all six selection scores and `coInvestment` are given. */
export const selection: Check = ({ plan }) => {
  const scores = plan.data.selection;
  const read = (path: readonly string[]): unknown =>
    path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], scores);
  const missing = selectionScorePaths.filter((path) => read(path) === undefined);
  if (missing.length === 0) return pass('All six selection scores and `coInvestment` are given.');
  const scale = 'scored from 1 to 5, where 5 is always good for us (`costToServe: 5` means cheap to serve): the scores place the account in the selection matrix.';
  if (!scores) {
    return fail({
      reason: 'The plan has no `selection` scores.',
      hint: `Add \`selection:\` with \`attractiveness\` (\`profitability\`, \`growth\`, \`strategicValue\`), \`position\` (\`customerKnowledge\`, \`brandImage\`, \`costToServe\`) and \`coInvestment\`, each ${scale}`,
      place: fieldPlace(plan, ['selection']),
    });
  }
  return fail({
    reason: `\`selection\` is missing ${listing(missing.map((path) => `\`${path.join('.')}\``))}.`,
    hint: `${missing.length === 1 ? 'Add it,' : 'Add them, each'} ${scale}`,
    place: fieldPlace(plan, ['selection', ...missing[0]!]),
  });
};
