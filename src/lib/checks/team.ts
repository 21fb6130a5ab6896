import { count, fail, fieldPlace, listing, pass, type Check } from './context.ts';

/**
 * `sponsor`: an executive sponsor on our side, other than the KAM. An unknown sponsor id is left to
 * the `reference` error, which already fails the run.
 */
export const sponsor: Check = ({ plan }) => {
  const { sponsor: id, owner } = plan.data;
  if (id === undefined) {
    return fail({
      reason: 'The plan has no `sponsor`.',
      hint: 'Add `sponsor:` with the team id of the executive on our side who backs the account (a person in `content/team/`).',
      place: fieldPlace(plan, ['sponsor']),
    });
  }
  if (id === owner) {
    return fail({
      reason: `\`sponsor\` is \`${id}\`, who is also the plan's \`owner\`.`,
      hint: 'The executive sponsor backs the KAM from above: name a manager or executive of our company.',
      place: plan.locate(['sponsor'], 'value'),
    });
  }
  return pass(`Sponsored by \`${id}\`.`);
};

/**
 * `team`: the account team spans two or more functions. It is the KAM (`owner`, who always leads
 * the team) plus the members of `team`. The `sponsor` counts only when listed in `team`: backing
 * the account from above is the `sponsor` check's concern, and a KAM with a sponsor alone is still
 * the "bow-tie" the method warns against, not a team whose functions meet their counterparts.
 */
export const team: Check = ({ plan, portfolio }) => {
  const ids = [...new Set([plan.data.owner, ...plan.data.team.map((entry) => entry.member)])];
  const functions = new Map<string, { name: string; members: string[] }>();
  const withoutFunction: string[] = [];
  for (const id of ids) {
    const member = portfolio.team.get(id);
    if (!member) continue; // an unknown id is a `reference` error already
    const name = member.data.function?.trim();
    if (!name) {
      withoutFunction.push(id);
      continue;
    }
    const key = name.toLowerCase();
    const entry = functions.get(key) ?? { name, members: [] };
    entry.members.push(`\`${id}\``);
    functions.set(key, entry);
  }
  const spans = [...functions.values()].map((entry) => `${entry.name} (${entry.members.join(', ')})`);
  if (functions.size >= 2) return pass(`The account team spans ${count(functions.size, 'function')}: ${listing(spans)}.`);

  const spansReason = functions.size === 0 ? 'The account team spans no function.' : `The account team spans one function: ${spans[0]!}.`;
  const missing = withoutFunction.map((id) => `\`${id}\``);
  const unset = missing.length
    ? ` ${listing(missing)} ${missing.length === 1 ? 'has' : 'have'} no \`function\` in \`content/team/\`, so ${missing.length === 1 ? 'it does' : 'they do'} not count.`
    : '';
  return fail({
    reason: spansReason + unset,
    hint:
      'Add people from other functions (logistics, finance, engineering, ...) to `team:`, so that each function of the client has a counterpart on our side' +
      (missing.length ? ', and set the missing `function:`.' : '.'),
    place: fieldPlace(plan, ['team']),
  });
};
