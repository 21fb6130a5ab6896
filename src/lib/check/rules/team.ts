import { fail, fieldPlace, pass, type Check } from './context.ts';

/**
 * `sponsor`: an executive sponsor on our side, other than the KAM. An unknown sponsor id is left to
 * the `reference` error, which already fails the run.
 */
export const sponsor: Check = ({ plan, t }) => {
  const say = t.team;
  const { sponsor: id, owner } = plan.data;
  if (id === undefined) {
    return fail({
      reason: say.noSponsor,
      hint: say.addSponsor,
      place: fieldPlace(plan, ['sponsor']),
    });
  }
  if (id === owner) {
    return fail({
      reason: say.sponsorIsOwner(id),
      hint: say.nameSponsor,
      place: plan.locate(['sponsor'], 'value'),
    });
  }
  return pass(say.sponsored(id));
};

/**
 * `team`: the account team spans two or more functions. It is the KAM (`owner`, who always leads
 * the team) plus the members of `team`. The `sponsor` counts only when listed in `team`: backing
 * the account from above is the `sponsor` check's concern, and a KAM with a sponsor alone is still
 * the "bow-tie" the method warns against, not a team whose functions meet their counterparts.
 */
export const team: Check = ({ plan, portfolio, t }) => {
  const say = t.team;
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
  if (functions.size >= 2) return pass(say.spans(functions.size, t.listing(spans)));

  const spansReason = functions.size === 0 ? say.spansNone : say.spansOne(spans[0]!);
  const missing = withoutFunction.map((id) => `\`${id}\``);
  const unset = missing.length ? say.withoutFunction(missing) : '';
  return fail({
    reason: spansReason + unset,
    hint: say.addPeople(missing.length > 0),
    place: fieldPlace(plan, ['team']),
  });
};
