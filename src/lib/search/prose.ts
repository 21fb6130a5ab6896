import type { UiStrings } from '../../i18n/types.ts';
import type { Action, Kpi, Plan } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { ValueArgument, ValueProposition } from '../../schemas/value.ts';
import type { Formatter } from '../view/format.ts';

/**
 * Sentences that stand in for a page's tables in the search index. Pagefind cuts a result's excerpt
 * from the text around the words found, and a table's text is its cells run together ("Decision-maker.
 * Supporter. High. Strong."). So the tables are left out of the index (`data-pagefind-ignore` on
 * `TableWrap`), and each row is indexed as one sentence written from the same data, in a hidden
 * element beside the table: "Rocío Núñez, Directora de Cadena de Suministro, Operaciones:
 * decision-maker, supporter, high influence and strong relationship."
 *
 * The data is what the page shows (already redacted for the build's audience), so the sentences say
 * nothing the table does not.
 */

interface Wording {
  t: UiStrings;
  fmt: Formatter;
}

/**
 * One sentence. `lead` opens it and is ranked as the table ranked it: a person's name weighs more
 * than the words around it, so a search for the name finds the account page high up.
 */
export interface ProseLine {
  lead?: string;
  text: string;
}

/** What sentences that name our team members need. */
export interface ProseContext extends Wording {
  memberName(id: string): string;
}

/** A label in the middle of a sentence: "Supporter" → "supporter", leaving the rest of it as written. */
function word(label: string, locale: string): string {
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

/**
 * "Subject: fact, fact and fact." or "Subject." when nothing is known about it, the facts joined as
 * the check's messages join a list. A subject that ends with a full stop of its own ("Jr.") keeps it.
 */
function sentence(subject: string, facts: readonly (string | false | undefined)[], t: UiStrings): string {
  const known = facts.filter((fact): fact is string => Boolean(fact));
  if (known.length > 0) return `${subject}: ${t.checks.listing(known)}.`;
  return /[.!?…]$/.test(subject) ? subject : `${subject}.`;
}

export function stakeholderProse(person: Stakeholder, ctx: ProseContext): ProseLine {
  const { t, fmt } = ctx;
  const { locale } = fmt;
  const p = t.search.prose;
  const role = [person.title, person.function].filter(Boolean).join(', ');
  const cadence = person.cadence && word(t.labels.cadence[person.cadence], locale);
  const whole = sentence(
    role ? `${person.name}, ${role}` : person.name,
    [
      person.buyingRole && word(t.labels.buyingRole[person.buyingRole], locale),
      person.stance && word(t.labels.stance[person.stance], locale),
      person.influence && p.influence(word(t.labels.influence[person.influence], locale)),
      person.relationship && p.relationship(word(t.labels.relationship[person.relationship], locale)),
      person.owner ? p.coveredBy(ctx.memberName(person.owner), cadence) : cadence && p.cadence(cadence),
    ],
    t,
  );
  return { lead: person.name, text: whole.slice(person.name.length) };
}

export function kpiProse(kpi: Kpi, ctx: Wording): string {
  const { t, fmt } = ctx;
  const p = t.search.prose;
  const figure = (value: number) => (kpi.unit ? `${fmt.number(value)} ${kpi.unit}` : fmt.number(value));
  return sentence(
    kpi.name,
    [
      kpi.baseline !== undefined && p.baseline(figure(kpi.baseline)),
      kpi.target !== undefined && p.target(figure(kpi.target)),
      kpi.actual !== undefined && p.actual(figure(kpi.actual)),
      kpi.due && p.due(fmt.date(kpi.due)),
    ],
    t,
  );
}

export function actionProse(action: Action, ctx: ProseContext): string {
  const { t, fmt } = ctx;
  const p = t.search.prose;
  return sentence(
    action.title,
    [
      word(t.labels.actionStatus[action.status], fmt.locale),
      action.owner && ctx.memberName(action.owner),
      action.due && p.due(fmt.date(action.due)),
      action.clientAgreed && p.agreed,
    ],
    t,
  );
}

export function argumentProse(argument: ValueArgument, currency: string, ctx: Wording): string {
  const { t, fmt } = ctx;
  const p = t.search.prose;
  const figure = (value: number | undefined) => (value !== undefined ? fmt.number(value) : t.none);
  const amount = argument.value && fmt.money(argument.value.amount, argument.value.currency ?? currency);
  const hasChange = argument.baseline !== undefined || argument.target !== undefined;
  return sentence(
    // The claim, then its kind in brackets: one colon in the sentence, before its facts.
    `${argument.claim.replace(/[.!?…]+$/, '')} (${word(t.labels.argumentKind[argument.kind], fmt.locale)})`,
    [
      argument.metric && hasChange && p.change(argument.metric, figure(argument.baseline), figure(argument.target)),
      argument.metric && !hasChange && argument.metric,
      amount && p.worth(argument.value?.per ? t.value.per(amount, argument.value.per) : amount),
    ],
    t,
  );
}

/** A value proposition's header facts as one sentence: status, offerings and the people addressed. */
export function valueProse(value: ValueProposition, offerings: readonly string[], audience: readonly string[], ctx: Wording): string {
  const { t, fmt } = ctx;
  const p = t.search.prose;
  return sentence(
    value.title,
    [
      word(t.labels.valueStatus[value.status], fmt.locale),
      offerings.length > 0 && p.offerings(t.checks.listing(offerings)),
      audience.length > 0 && p.audience(t.checks.listing(audience)),
    ],
    t,
  );
}

/** The account page's header facts as one sentence: industry, region, stage, owner, sponsor, validation. */
export function planProse(name: string, plan: Plan, validatedBy: string | undefined, ctx: ProseContext): string {
  const { t, fmt } = ctx;
  const p = t.search.prose;
  return sentence(
    name,
    [
      plan.industry,
      plan.region,
      plan.relationship && p.stage(word(t.labels.stage[plan.relationship.stage], fmt.locale)),
      p.owner(ctx.memberName(plan.owner)),
      plan.sponsor && p.sponsor(ctx.memberName(plan.sponsor)),
      plan.clientValidation && validatedBy && word(t.account.validatedBy(validatedBy, fmt.date(plan.clientValidation.date)), fmt.locale),
    ],
    t,
  );
}
