import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { Doc } from '../model.ts';
import { accountDir, fail, listing, pass, type Check, type CheckContext, type Finding, type Outcome } from './context.ts';

const EMPTY = 'The stakeholder map lists nobody under `people`.';
const DMU = "the client's decision-making unit under `people:` (who decides, who influences, who uses, who blocks)";

/**
 * The account's stakeholder map, or the failure to report when there is none. An invalid map has
 * already failed the run with schema errors, so its failure is silent rather than repeated.
 */
function withMap(context: CheckContext, lacking: string, check: (people: Stakeholder[], path: string, locate: Doc<unknown>['locate']) => Outcome): Outcome {
  const doc = context.account.stakeholders;
  if (doc) return check(doc.data.people, doc.path, doc.locate);
  const path = `${accountDir(context.plan)}stakeholders.mdx`;
  const invalid = context.portfolio.invalid.has(path);
  return fail({
    reason: invalid
      ? `\`${path}\` has errors, so its people could not be checked.`
      : `The account has no stakeholder map (\`${path}\`), so ${lacking}.`,
    hint: invalid ? 'Fix the errors reported for that file.' : `Create it with ${DMU}.`,
    place: context.plan.locate(['status']),
    silent: invalid,
  });
}

/** "`user` ×2, `influencer` and 1 person without `buyingRole`" */
function tally(people: readonly Stakeholder[], field: 'buyingRole' | 'stance'): string {
  const counts = new Map<string, number>();
  let unset = 0;
  for (const person of people) {
    const value = person[field];
    if (value === undefined) unset++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const parts = [...counts].map(([value, n]) => `\`${value}\`${n > 1 ? ` ×${n}` : ''}`);
  if (unset) parts.push(`${unset} ${unset === 1 ? 'person' : 'people'} without \`${field}\``);
  return listing(parts);
}

const named = (people: readonly Stakeholder[], field: 'buyingRole' | 'stance') =>
  listing(people.map((person) => `\`${person.id}\` (${person[field]!})`));

/** `decision-maker`: someone in the map decides or holds the budget. */
export const decisionMaker: Check = (context) =>
  withMap(context, 'nobody is known to decide', (people, path, locate) => {
    const deciders = people.filter((person) => person.buyingRole === 'decision-maker' || person.buyingRole === 'economic-buyer');
    if (deciders.length) return pass(`Decides: ${named(deciders, 'buyingRole')}.`);
    return fail({
      reason: people.length
        ? `Nobody in the stakeholder map is a \`decision-maker\` or an \`economic-buyer\` (roles found: ${tally(people, 'buyingRole')}).`
        : EMPTY,
      hint: people.length
        ? 'Find out who decides and who holds the budget, add them to `people:` and set their `buyingRole:`.'
        : `Add ${DMU}.`,
      file: path,
      place: locate(['people']),
    });
  });

/** `champion`: someone in the map backs us. */
export const champion: Check = (context) =>
  withMap(context, 'nobody is known to back us', (people, path, locate) => {
    const allies = people.filter((person) => person.stance === 'champion' || person.stance === 'supporter');
    if (allies.length) return pass(`Backs us: ${named(allies, 'stance')}.`);
    return fail({
      reason: people.length
        ? `Nobody in the stakeholder map is a \`champion\` or a \`supporter\` (stances found: ${tally(people, 'stance')}).`
        : EMPTY,
      hint: people.length
        ? 'Record the stance of the person who backs us inside the client (`stance: supporter` or `champion`); if nobody does yet, make winning one an action of the plan.'
        : `Add ${DMU}, with the \`stance\` of each person towards us.`,
      file: path,
      place: locate(['people']),
    });
  });

/**
 * `coverage`: every high-influence person has an owner on our side. A map with nobody of high
 * influence passes: whether the map is complete enough is for `decision-maker` and `champion` to say.
 */
export const coverage: Check = (context) =>
  withMap(context, 'nobody of high influence is known to be covered', (people, path, locate) => {
    const high = people.map((person, index) => ({ person, index })).filter(({ person }) => person.influence === 'high');
    const uncovered = high.filter(({ person }) => person.owner === undefined);
    if (!uncovered.length) {
      if (high.length === 0) return pass('Nobody in the map has `influence: high`.');
      return pass(`${high.length === 1 ? 'The high-influence person has' : `All ${high.length} high-influence people have`} an owner on our team.`);
    }
    return fail(
      ...uncovered.map(
        ({ person, index }): Finding => ({
          reason: `\`people[${index}]\` (\`${person.id}\`, ${person.name}) has high influence and no \`owner\` on our team.`,
          hint: 'Set `owner:` to the team id of the person who covers them.',
          file: path,
          place: locate(['people', index]),
        }),
      ),
    );
  });
