import type { Plan } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { TeamMember } from '../../schemas/team.ts';

/**
 * How the account team talks to the client (the method's interaction models):
 * - `bow-tie`: every contact goes through one person on our side (usually the KAM), or reaches
 *   only one client function (usually purchasing);
 * - `diamond`: several of our people cover people of several client functions;
 * - `uncovered`: nobody on our side covers anyone yet.
 */
type InteractionModel = 'bow-tie' | 'diamond' | 'uncovered';

/** One of our people and the client people they cover. */
interface Coverer {
  id: string;
  name: string;
  function?: string;
  /** Stakeholder ids this person covers. */
  covers: string[];
}

export interface Interaction {
  model: InteractionModel;
  /** Our people who cover someone, in the order owner, sponsor, team, others. */
  coverers: Coverer[];
  /** Client functions reached by at least one link, as written (first spelling wins). */
  clientFunctions: string[];
  /** Links where our person's function is the client person's function (Logistics ↔ Logistics). */
  counterparts: number;
  /** High-influence people nobody covers. */
  uncovered: Stakeholder[];
}

type Team = ReadonlyMap<string, Pick<TeamMember, 'name' | 'function'>>;

const fold = (text: string | undefined) => text?.trim().toLocaleLowerCase() || undefined;

/** Classifies an account's coverage; pure, shared by the coverage map and the pages. */
export function interactionOf(plan: Pick<Plan, 'owner' | 'sponsor' | 'team'>, people: readonly Stakeholder[], team: Team): Interaction {
  const order = ourPeople(plan, people);
  const coverers: Coverer[] = [];
  for (const id of order) {
    const covers = people.filter((person) => person.owner === id).map((person) => person.id);
    if (covers.length === 0) continue;
    const member = team.get(id);
    coverers.push({ id, name: member?.name ?? id, ...(member?.function ? { function: member.function } : {}), covers });
  }

  const links = people.filter((person) => person.owner).map((person) => ({ owner: person.owner!, fn: fold(person.function) }));
  const functions = new Map<string, string>();
  for (const person of people) {
    const key = fold(person.function);
    if (person.owner && key && !functions.has(key)) functions.set(key, person.function!.trim());
  }
  const diamond = links.some((a) => a.fn && links.some((b) => b.fn && a.owner !== b.owner && a.fn !== b.fn));
  const counterparts = people.filter(
    (person) => person.owner && fold(person.function) && fold(team.get(person.owner)?.function) === fold(person.function),
  ).length;

  return {
    model: links.length === 0 ? 'uncovered' : diamond ? 'diamond' : 'bow-tie',
    coverers,
    clientFunctions: [...functions.values()],
    counterparts,
    uncovered: people.filter((person) => person.influence === 'high' && !person.owner),
  };
}

/** Our side of the map: plan owner, sponsor, account team, then anyone else who covers a person. */
export function ourPeople(plan: Pick<Plan, 'owner' | 'sponsor' | 'team'>, people: readonly Stakeholder[]): string[] {
  const ids = [plan.owner, plan.sponsor, ...plan.team.map((entry) => entry.member), ...people.map((person) => person.owner)];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}
