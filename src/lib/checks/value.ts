import type { ValueArgument } from '../../schemas/value.ts';
import { accountDir, fail, listing, pass, type Check } from './context.ts';

/** A number the client's contact can sell internally: money, or a before and after. */
const hasNumber = (argument: ValueArgument) =>
  argument.value?.amount !== undefined || (argument.baseline !== undefined && argument.target !== undefined);

const NUMBERS = 'a `value.amount` (what it is worth to the client), or a `baseline` and a `target`';

/** `value-proposition`: at least one value proposition with a number among its arguments. */
export const valueProposition: Check = ({ account, plan, portfolio }) => {
  const dir = accountDir(plan);
  const values = [...account.values].sort((a, b) => a.name.localeCompare(b.name));
  const withNumbers = values.filter((value) => value.data.arguments.some(hasNumber));
  if (withNumbers.length > 0) {
    return pass(`${listing(withNumbers.map((value) => `\`value/${value.name}.mdx\``))} ${withNumbers.length === 1 ? 'argues' : 'argue'} with numbers.`);
  }
  const invalid = [...portfolio.invalid].filter((path) => path.startsWith(`${dir}value/`));
  const names = values.map((value) => `\`value/${value.name}.mdx\``);
  const first = values[0];
  if (!first) {
    return fail({
      reason: invalid.length
        ? `The account has no valid value proposition: ${listing(invalid.map((path) => `\`${path.slice(dir.length)}\``))} could not be read.`
        : `The account has no value proposition (no file in \`${dir}value/\`).`,
      hint: `Add \`value/<name>.mdx\`: a vision of the client's business with our offering, and arguments with numbers: ${NUMBERS}.`,
      place: plan.locate(['status']),
      // The unreadable file already fails the run with its own error.
      silent: invalid.length > 0,
    });
  }
  return fail({
    reason:
      values.length === 1
        ? `The account's only value proposition, ${names[0]!}, has no argument with a number.`
        : `None of the account's ${values.length} value propositions (${listing(names)}) has an argument with a number.`,
    hint: `Give at least one argument ${NUMBERS}, so our contact can sell the proposal inside the client.`,
    file: first.path,
    place: first.locate(['arguments']),
    silent: invalid.length > 0,
  });
};
