import type { Account, Portfolio } from './model.ts';
import type { Reporter } from './report.ts';
import { closest } from './zod-messages.ts';

const teamHint = (portfolio: Portfolio, id: string): string => {
  const suggestion = closest(id, [...portfolio.team.keys()]);
  return suggestion
    ? ` Did you mean \`${suggestion}\`?`
    : ' Use the file name (without `.yaml`) of a person in `content/team/`, or add that person there.';
};

/** What the references can trust: a target that exists but has its own errors is not reported again. */
export interface ReferenceContext {
  teamWithErrors: Set<string>;
  settingsValid: boolean;
}

/** Checks that every reference between documents resolves; reports each one that does not. */
export function checkReferences(portfolio: Portfolio, reporter: Reporter, context: ReferenceContext): void {
  const offerings = new Set(portfolio.settings.offerings.map((offering) => offering.id));
  const knownOffering = (id: string) => !context.settingsValid || offerings.has(id);
  const knownMember = (id: string) => portfolio.team.has(id) || context.teamWithErrors.has(id);
  const offeringHint = (id: string) => {
    const suggestion = closest(id, [...offerings]);
    return suggestion ? ` Did you mean \`${suggestion}\`?` : ' Add it to `offerings` in `content/settings.yaml` or fix the id.';
  };

  for (const account of portfolio.accounts) {
    const mapValid = ![...portfolio.invalid].some((path) => path.endsWith(`accounts/${account.id}/stakeholders.mdx`));
    const people = checkStakeholders(account, reporter, knownMember, (id) => teamHint(portfolio, id));
    const knownPerson = (id: string) => !mapValid || people.has(id);
    const plan = account.plan;
    if (plan) {
      const member = (id: string | undefined, path: PropertyKey[], what: string) => {
        if (id !== undefined && !knownMember(id)) {
          reporter.error(plan.path, `${what} \`${id}\` is not in the team.${teamHint(portfolio, id)}`, plan.locate(path, 'value'), 'reference');
        }
      };
      member(plan.data.owner, ['owner'], '`owner`');
      member(plan.data.sponsor, ['sponsor'], '`sponsor`');
      plan.data.team.forEach((entry, index) => member(entry.member, ['team', index, 'member'], `\`team[${index}].member\``));
      plan.data.actions.forEach((action, index) => member(action.owner, ['actions', index, 'owner'], `\`actions[${index}].owner\``));
      for (const kind of ['current', 'potential'] as const) {
        plan.data.offerings?.[kind].forEach((id, index) => {
          if (!knownOffering(id)) {
            reporter.error(plan.path, `\`offerings.${kind}[${index}]\` names the offering \`${id}\`, which \`content/settings.yaml\` does not list.${offeringHint(id)}`, plan.locate(['offerings', kind, index], 'value'), 'reference');
          }
        });
      }
      const by = plan.data.clientValidation?.by;
      if (by !== undefined && !knownPerson(by)) {
        reporter.error(plan.path, `\`clientValidation.by\` is \`${by}\`, who is not in this account's stakeholder map. Use the \`id\` of a person in \`stakeholders.mdx\`.`, plan.locate(['clientValidation', 'by'], 'value'), 'reference');
      }
    }
    for (const value of account.values) {
      value.data.offerings.forEach((id, index) => {
        if (!knownOffering(id)) {
          reporter.error(value.path, `\`offerings[${index}]\` names the offering \`${id}\`, which \`content/settings.yaml\` does not list.${offeringHint(id)}`, value.locate(['offerings', index], 'value'), 'reference');
        }
      });
      value.data.audience.forEach((id, index) => {
        if (!knownPerson(id)) {
          reporter.error(value.path, `\`audience[${index}]\` is \`${id}\`, who is not in this account's stakeholder map. Use the \`id\` of a person in \`stakeholders.mdx\`.`, value.locate(['audience', index], 'value'), 'reference');
        }
      });
    }
  }
}

/** Unique ids, owners in the team, `reportsTo` inside the map and without cycles. Returns the map's ids. */
function checkStakeholders(
  account: Account,
  reporter: Reporter,
  knownMember: (id: string) => boolean,
  teamHint: (id: string) => string,
): Set<string> {
  const doc = account.stakeholders;
  const ids = new Set<string>();
  if (!doc) return ids;
  const people = doc.data.people;
  people.forEach((person, index) => {
    if (ids.has(person.id)) {
      reporter.error(doc.path, `\`people[${index}].id\` \`${person.id}\` is used twice in this map. Give each person a unique id.`, doc.locate(['people', index, 'id'], 'value'), 'reference');
    }
    ids.add(person.id);
  });
  const managerOf = new Map(people.map((person) => [person.id, person.reportsTo]));
  people.forEach((person, index) => {
    if (person.owner !== undefined && !knownMember(person.owner)) {
      reporter.error(doc.path, `\`people[${index}].owner\` \`${person.owner}\` is not in the team.${teamHint(person.owner)}`, doc.locate(['people', index, 'owner'], 'value'), 'reference');
    }
    if (person.reportsTo === undefined) return;
    if (!ids.has(person.reportsTo)) {
      const suggestion = closest(person.reportsTo, [...ids]);
      reporter.error(doc.path, `\`people[${index}].reportsTo\` is \`${person.reportsTo}\`, who is not in this map.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Use the `id` of another person in this file.'}`, doc.locate(['people', index, 'reportsTo'], 'value'), 'reference');
      return;
    }
    // Walk up the chain; coming back to this person means a cycle.
    const chain = [person.id];
    for (let boss: string | undefined = person.reportsTo; boss !== undefined; boss = managerOf.get(boss)) {
      if (boss === person.id) {
        reporter.error(doc.path, `\`people[${index}].reportsTo\` makes a reporting cycle: ${[...chain, boss].map((id) => `\`${id}\``).join(' → ')}. Someone in this chain must report to a person outside it, or to nobody.`, doc.locate(['people', index, 'reportsTo'], 'value'), 'reference');
        break;
      }
      if (chain.includes(boss)) break; // a cycle above this person, reported for its own members
      chain.push(boss);
    }
  });
  return ids;
}
