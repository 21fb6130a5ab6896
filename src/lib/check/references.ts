import type { CheckStrings } from '../../i18n/check-types.ts';
import type { Account, Portfolio } from '../model.ts';
import type { Reporter } from './report.ts';
import { closest } from './zod-messages.ts';

const teamHint = (t: CheckStrings, portfolio: Portfolio, id: string): string => {
  const suggestion = closest(id, [...portfolio.team.keys()]);
  return suggestion ? t.references.didYouMean(suggestion) : t.references.addTeamMember;
};

/** What the references can trust: a target that exists but has its own errors is not reported again. */
export interface ReferenceContext {
  teamWithErrors: Set<string>;
  settingsValid: boolean;
  /** The words of the messages, in the run's language. */
  t: CheckStrings;
}

/** Checks that every reference between documents resolves; reports each one that does not. */
export function checkReferences(portfolio: Portfolio, reporter: Reporter, context: ReferenceContext): void {
  const { t } = context;
  const say = t.references;
  const offerings = new Set(portfolio.settings.offerings.map((offering) => offering.id));
  const knownOffering = (id: string) => !context.settingsValid || offerings.has(id);
  const knownMember = (id: string) => portfolio.team.has(id) || context.teamWithErrors.has(id);
  const offeringHint = (id: string) => {
    const suggestion = closest(id, [...offerings]);
    return suggestion ? say.didYouMean(suggestion) : say.addOffering;
  };

  // Accounts whose stakeholder map exists but is invalid: references into it are not checked.
  const invalidMaps = new Set([...portfolio.invalid].flatMap((path) => /accounts\/([^/]+)\/stakeholders\.mdx$/.exec(path)?.[1] ?? []));
  for (const account of portfolio.accounts) {
    const mapValid = !invalidMaps.has(account.id);
    const people = checkStakeholders(account, reporter, knownMember, (id) => teamHint(t, portfolio, id), t);
    const knownPerson = (id: string) => !mapValid || people.has(id);
    const plan = account.plan;
    if (plan) {
      const member = (id: string | undefined, path: PropertyKey[], what: string) => {
        if (id !== undefined && !knownMember(id)) {
          reporter.error(plan.path, `${say.notInTeam(what, id)}${teamHint(t, portfolio, id)}`, plan.locate(path, 'value'), 'reference');
        }
      };
      member(plan.data.owner, ['owner'], '`owner`');
      member(plan.data.sponsor, ['sponsor'], '`sponsor`');
      plan.data.team.forEach((entry, index) => member(entry.member, ['team', index, 'member'], `\`team[${index}].member\``));
      plan.data.actions.forEach((action, index) => member(action.owner, ['actions', index, 'owner'], `\`actions[${index}].owner\``));
      for (const kind of ['current', 'potential'] as const) {
        plan.data.offerings?.[kind].forEach((id, index) => {
          if (!knownOffering(id)) {
            reporter.error(
              plan.path,
              `${say.unknownOffering(`\`offerings.${kind}[${index}]\``, id)}${offeringHint(id)}`,
              plan.locate(['offerings', kind, index], 'value'),
              'reference',
            );
          }
        });
      }
      const by = plan.data.clientValidation?.by;
      if (by !== undefined && !knownPerson(by)) {
        reporter.error(
          plan.path,
          `${say.notInMap('`clientValidation.by`', by)}${say.useStakeholderId}`,
          plan.locate(['clientValidation', 'by'], 'value'),
          'reference',
        );
      }
    }
    for (const value of account.values) {
      value.data.offerings.forEach((id, index) => {
        if (!knownOffering(id)) {
          reporter.error(
            value.path,
            `${say.unknownOffering(`\`offerings[${index}]\``, id)}${offeringHint(id)}`,
            value.locate(['offerings', index], 'value'),
            'reference',
          );
        }
      });
      value.data.audience.forEach((id, index) => {
        if (!knownPerson(id)) {
          reporter.error(
            value.path,
            `${say.notInMap(`\`audience[${index}]\``, id)}${say.useStakeholderId}`,
            value.locate(['audience', index], 'value'),
            'reference',
          );
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
  t: CheckStrings,
): Set<string> {
  const say = t.references;
  const doc = account.stakeholders;
  const ids = new Set<string>();
  if (!doc) return ids;
  const people = doc.data.people;
  people.forEach((person, index) => {
    if (ids.has(person.id)) {
      reporter.error(doc.path, say.duplicateId(index, person.id), doc.locate(['people', index, 'id'], 'value'), 'reference');
    }
    ids.add(person.id);
  });
  people.forEach((person, index) => {
    if (person.owner !== undefined && !knownMember(person.owner)) {
      reporter.error(
        doc.path,
        `${say.notInTeam(`\`people[${index}].owner\``, person.owner)}${teamHint(person.owner)}`,
        doc.locate(['people', index, 'owner'], 'value'),
        'reference',
      );
    }
    if (person.reportsTo !== undefined && !ids.has(person.reportsTo)) {
      const suggestion = closest(person.reportsTo, [...ids]);
      reporter.error(
        doc.path,
        `${say.notInThisMap(index, person.reportsTo)}${suggestion ? say.didYouMean(suggestion) : say.useOtherId}`,
        doc.locate(['people', index, 'reportsTo'], 'value'),
        'reference',
      );
    }
  });
  for (const cycle of reportingCycles(people)) {
    for (const [offset, index] of cycle.entries()) {
      const chain = [...cycle.slice(offset), ...cycle.slice(0, offset + 1)].map((member) => `\`${people[member]!.id}\``);
      const shown =
        chain.length > CHAIN_SHOWN ? [...chain.slice(0, CHAIN_SHOWN - 1), `… (${say.people(cycle.length)})`, chain.at(-1)!] : chain;
      reporter.error(doc.path, say.cycle(index, shown.join(' → ')), doc.locate(['people', index, 'reportsTo'], 'value'), 'reference');
    }
  }
  return ids;
}

/** A cycle message names this many people at most (a long cycle would repeat the whole map). */
const CHAIN_SHOWN = 8;

/**
 * The reporting cycles of a map, each as the indexes of its members in chain order (a person, the
 * one they report to, …). Each person is walked once: linear in the size of the map.
 */
export function reportingCycles(people: readonly { id: string; reportsTo?: string | undefined }[]): number[][] {
  const indexOf = new Map<string, number>();
  people.forEach((person, index) => {
    if (!indexOf.has(person.id)) indexOf.set(person.id, index);
  });
  const boss = (index: number) => {
    const id = people[index]!.reportsTo;
    return id === undefined ? undefined : indexOf.get(id);
  };
  // 0: not seen; 1: on the chain being walked; 2: done.
  const state = new Uint8Array(people.length);
  const cycles: number[][] = [];
  for (let start = 0; start < people.length; start++) {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = boss(at);
    }
    if (at !== undefined && state[at] === 1) cycles.push(chain.slice(chain.indexOf(at)));
    for (const member of chain) state[member] = 2;
  }
  return cycles;
}
