import type { Stakeholder } from '../../../schemas/stakeholders.ts';
import type { Doc } from '../../model.ts';
import type { CheckStrings } from '../../../i18n/check-types.ts';
import { accountDir, fail, pass, type Check, type CheckContext, type Finding, type Outcome } from './context.ts';

/**
 * The account's stakeholder map, or the failure to report when there is none. An invalid map has
 * already failed the run with schema errors, so its failure is silent rather than repeated.
 */
function withMap(
  context: CheckContext,
  lacking: string,
  check: (people: Stakeholder[], path: string, locate: Doc<unknown>['locate']) => Outcome,
): Outcome {
  const doc = context.account.stakeholders;
  if (doc) return check(doc.data.people, doc.path, doc.locate);
  const path = `${accountDir(context.plan)}stakeholders.mdx`;
  const invalid = context.portfolio.invalid.has(path);
  const say = context.t.stakeholders;
  return fail({
    reason: invalid ? say.invalid(path) : say.noMap(path, lacking),
    hint: invalid ? say.fixInvalid : say.create(say.dmu),
    place: context.plan.locate(['status']),
    silent: invalid,
  });
}

/** "`user` ×2, `influencer` and 1 person without `buyingRole`" */
function tally(t: CheckStrings, people: readonly Stakeholder[], field: 'buyingRole' | 'stance'): string {
  const counts = new Map<string, number>();
  let unset = 0;
  for (const person of people) {
    const value = person[field];
    if (value === undefined) unset++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const parts = [...counts].map(([value, n]) => `\`${value}\`${n > 1 ? ` ×${n}` : ''}`);
  if (unset) parts.push(t.stakeholders.withoutField(unset, field));
  return t.listing(parts);
}

const named = (t: CheckStrings, people: readonly Stakeholder[], field: 'buyingRole' | 'stance') =>
  t.listing(people.map((person) => `\`${person.id}\` (${person[field]!})`));

/** `decision-maker`: someone in the map decides or holds the budget. */
export const decisionMaker: Check = (context) =>
  withMap(context, context.t.stakeholders.nobodyDecides, (people, path, locate) => {
    const { t } = context;
    const say = t.stakeholders;
    const deciders = people.filter((person) => person.buyingRole === 'decision-maker' || person.buyingRole === 'economic-buyer');
    if (deciders.length) return pass(say.decides(named(t, deciders, 'buyingRole'), deciders.length));
    return fail({
      reason: people.length ? say.noDecider(tally(t, people, 'buyingRole')) : say.empty,
      hint: people.length ? say.findDecider : say.add(say.dmu),
      file: path,
      place: locate(['people']),
    });
  });

/** `champion`: someone in the map backs us. */
export const champion: Check = (context) =>
  withMap(context, context.t.stakeholders.nobodyBacks, (people, path, locate) => {
    const { t } = context;
    const say = t.stakeholders;
    const allies = people.filter((person) => person.stance === 'champion' || person.stance === 'supporter');
    if (allies.length) return pass(say.backs(named(t, allies, 'stance'), allies.length));
    return fail({
      reason: people.length ? say.noChampion(tally(t, people, 'stance')) : say.empty,
      hint: people.length ? say.recordChampion : say.addWithStance(say.dmu),
      file: path,
      place: locate(['people']),
    });
  });

/**
 * `coverage`: every high-influence person has an owner on our side. A map with nobody of high
 * influence passes: whether the map is complete enough is for `decision-maker` and `champion` to say.
 */
export const coverage: Check = (context) =>
  withMap(context, context.t.stakeholders.nobodyCovered, (people, path, locate) => {
    const say = context.t.stakeholders;
    const high = people.map((person, index) => ({ person, index })).filter(({ person }) => person.influence === 'high');
    const uncovered = high.filter(({ person }) => person.owner === undefined);
    if (!uncovered.length) {
      return pass(high.length === 0 ? say.noHighInfluence : say.covered(high.length));
    }
    return fail(
      ...uncovered.map(({ person, index }): Finding => ({
        reason: say.uncovered(index, person.id, person.name),
        hint: say.setOwner,
        file: path,
        place: locate(['people', index]),
      })),
    );
  });
