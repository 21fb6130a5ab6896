import type { UiStrings } from '../../i18n/types.ts';
import type { CheckResult, Portfolio, PlanReport, ValueDoc } from '../model.ts';
import type { ValueArgument } from '../../schemas/value.ts';
import type { TeamMember } from '../../schemas/team.ts';
import type { Locale } from '../../schemas/common.ts';
import type { AccountSummary } from './accounts.ts';
import { textLang } from './lang.ts';
import { revenueOf, type RevenueView } from './revenue.ts';

/** An entry of the page's table of contents (the shape `Toc.astro` takes). */
interface TocEntry {
  id: string;
  text: string;
  children?: TocEntry[];
}

/** A heading of the rendered plan body, as Astro's `render()` lists them. */
interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One row of the selection table: a criterion's score, with its weight when it is weighted. */
interface CriterionRow {
  key: keyof UiStrings['account']['criteria'];
  value: number | undefined;
  /** An axis or co-investment, shown as a total rather than a weighted criterion. */
  total: boolean;
  weight?: number;
}

/** A value proposition as the page lists it: with the arguments that carry a number. */
interface ValueItem {
  doc: ValueDoc;
  quantified: ValueArgument[];
}

/** The ids of the page's sections, which must not collide with ids of headings written in the body. */
interface SectionIds {
  revenue: string;
  selection: string;
  completeness: string;
  kpis: string;
  actions: string;
  values: string;
  team: string;
  stakeholders: string;
  notes: string;
  changes: string;
}

/** What the account page shows, computed once; its sections (`src/components/account/`) render it. */
export interface AccountPage {
  /** The plan's language where it differs from the interface's: free text is marked with it. */
  contentLang: Locale | undefined;
  /** An archived plan is history: its dates are no longer commitments to chase. */
  live: boolean;
  /** The report when the plan's status requires checks (archived, by default, has nothing to score). */
  scored: PlanReport | undefined;
  failing: CheckResult[];
  revenue: RevenueView | undefined;
  values: ValueItem[];
  criteria: CriterionRow[];
  ids: SectionIds;
  toc: TocEntry[];
  /** The account's folder (`content/accounts/acme`), whose commits the history links to. */
  folder: string | undefined;
  sources: { path: string; label: string }[];
  member(id: string | undefined): TeamMember | undefined;
  memberName(id: string): string;
  /** A person of the map by id; one missing was hidden from this build's audience: the id would name them. */
  personName(id: string): string;
  offeringName(id: string): string;
}

export interface AccountPageInput {
  summary: AccountSummary;
  /** The build's portfolio (redacted for an audience build). */
  portfolio: Portfolio;
  t: UiStrings;
  /** Headings of the rendered plan body. */
  headings: readonly BodyHeading[];
  /** Whether the stakeholder notes are shown: the table of contents lists them then. */
  notes: boolean;
}

export function accountPage({ summary, portfolio, t, headings, notes }: AccountPageInput): AccountPage {
  const { settings } = portfolio;
  const { plan, account, selection, report } = summary;
  const weights = settings.selection.weights;
  const member = (id: string | undefined) => (id ? portfolio.team.get(id)?.data : undefined);
  const people = account.stakeholders?.data.people ?? [];

  const taken = new Set(headings.map((heading) => heading.slug));
  const sid = (base: string) => (taken.has(base) ? `${base}-section` : base);
  const ids: SectionIds = {
    revenue: sid('revenue'),
    selection: sid('selection'),
    completeness: sid('completeness'),
    kpis: sid('kpis'),
    actions: sid('actions'),
    values: sid('value-propositions'),
    team: sid('account-team'),
    stakeholders: sid('stakeholders'),
    notes: sid('stakeholder-notes'),
    changes: sid('changes'),
  };
  const bodyToc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) bodyToc.push({ id: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3) bodyToc.at(-1)?.children?.push({ id: heading.slug, text: heading.text });
  }
  const toc: TocEntry[] = [
    { id: ids.revenue, text: t.account.revenue },
    { id: ids.selection, text: t.account.selection },
    { id: ids.completeness, text: t.account.completeness },
    ...bodyToc,
    { id: ids.kpis, text: t.account.kpis },
    { id: ids.actions, text: t.account.actions },
    { id: ids.values, text: t.account.values },
    { id: ids.team, text: t.account.accountTeam },
    {
      id: ids.stakeholders,
      text: t.account.stakeholders,
      ...(notes ? { children: [{ id: ids.notes, text: t.account.stakeholderNotes }] } : {}),
    },
    { id: ids.changes, text: t.history.title },
  ];

  const scores = plan.selection;
  const criteria: CriterionRow[] = [
    { key: 'attractiveness', value: selection.attractiveness, total: true },
    { key: 'profitability', value: scores?.attractiveness?.profitability, total: false, weight: weights.profitability },
    { key: 'growth', value: scores?.attractiveness?.growth, total: false, weight: weights.growth },
    { key: 'strategicValue', value: scores?.attractiveness?.strategicValue, total: false, weight: weights.strategicValue },
    { key: 'position', value: selection.position, total: true },
    { key: 'customerKnowledge', value: scores?.position?.customerKnowledge, total: false, weight: weights.customerKnowledge },
    { key: 'brandImage', value: scores?.position?.brandImage, total: false, weight: weights.brandImage },
    { key: 'costToServe', value: scores?.position?.costToServe, total: false, weight: weights.costToServe },
    { key: 'coInvestment', value: selection.coInvestment, total: true },
  ];

  const values = [...account.values]
    .sort((a, b) => a.data.title.localeCompare(b.data.title, settings.locale))
    .map((doc) => ({
      doc,
      quantified: doc.data.arguments.filter(
        (argument) => argument.value || (argument.baseline !== undefined && argument.target !== undefined),
      ),
    }));

  return {
    contentLang: textLang(plan, settings.locale),
    live: plan.status !== 'archived',
    scored: report && report.checks.length > 0 ? report : undefined,
    failing: report?.checks.filter((check) => !check.passed) ?? [],
    revenue: revenueOf(plan, settings.currency),
    values,
    criteria,
    ids,
    toc,
    folder: account.plan?.path.replace(/\/[^/]*$/, ''),
    sources: [
      ...(account.plan ? [{ path: account.plan.path, label: t.account.plan }] : []),
      ...(account.stakeholders ? [{ path: account.stakeholders.path, label: t.account.stakeholders }] : []),
    ],
    member,
    memberName: (id) => member(id)?.name ?? id,
    personName: (id) => people.find((person) => person.id === id)?.name ?? t.trust.hiddenPerson,
    offeringName: (id) => settings.offerings.find((offering) => offering.id === id)?.name ?? id,
  };
}
