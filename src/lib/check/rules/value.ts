import type { ValueArgument } from '../../../schemas/value.ts';
import { accountDir, fail, pass, type Check } from './context.ts';

/** A number the client's contact can sell internally: money, or a before and after. */
const hasNumber = (argument: ValueArgument) =>
  argument.value?.amount !== undefined || (argument.baseline !== undefined && argument.target !== undefined);

/** `value-proposition`: at least one value proposition with a number among its arguments. */
export const valueProposition: Check = ({ account, plan, portfolio, t }) => {
  const say = t.value;
  const dir = accountDir(plan);
  const values = [...account.values].sort((a, b) => a.name.localeCompare(b.name));
  const withNumbers = values.filter((value) => value.data.arguments.some(hasNumber));
  if (withNumbers.length > 0) {
    return pass(say.argue(withNumbers.map((value) => `\`value/${value.name}.mdx\``)));
  }
  const invalid = [...portfolio.invalid].filter((path) => path.startsWith(`${dir}value/`));
  const names = values.map((value) => `\`value/${value.name}.mdx\``);
  const first = values[0];
  if (!first) {
    return fail({
      reason: invalid.length ? say.noValid(t.listing(invalid.map((path) => `\`${path.slice(dir.length)}\``))) : say.none(dir),
      hint: say.add(say.numbers),
      place: plan.locate(['status']),
      // The unreadable file already fails the run with its own error.
      silent: invalid.length > 0,
    });
  }
  return fail({
    reason: values.length === 1 ? say.onlyOne(names[0]!) : say.noneOf(values.length, t.listing(names)),
    hint: say.giveNumber(say.numbers),
    file: first.path,
    place: first.locate(['arguments']),
    silent: invalid.length > 0,
  });
};
