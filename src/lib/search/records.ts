import type { UiStrings } from '../../i18n/types.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { TeamMember } from '../../schemas/team.ts';
import type { ValueDoc } from '../model.ts';
import type { AccountSummary } from '../view/accounts.ts';
import { revenueOf } from '../view/revenue.ts';

/**
 * What the search index knows about each page beyond its text: the facets (Pagefind filters), the
 * sort keys and the title. Pages carry them as `<meta>` tags (`SearchMeta.astro`); stakeholders, who
 * have no page of their own, become custom records pointing at their row of the account page.
 *
 * Facts that results display (type, account, owner) are filters rather than Pagefind metadata on
 * purpose: metadata is searched, so an owner's name in every record of her accounts would make a
 * search for her return all of them.
 */

/** Facets offered on the search page, in display order; the keys are Pagefind filter names. */
export const searchFacets = ['type', 'status', 'tier', 'owner', 'industry', 'region', 'language'] as const;
type SearchFacet = (typeof searchFacets)[number];
/** Filters that are displayed with each result but not offered as a facet. */
type SearchFilter = SearchFacet | 'account';

/** Sort keys; every record has all of them so that sorting never drops a record. */
export const searchSorts = ['name', 'completeness', 'revenue'] as const;
export type SearchSort = (typeof searchSorts)[number];
/** Pagefind ranking weights of metadata fields: `title` keeps Pagefind's default; `account` is only on plans. */
export const META_WEIGHTS = { title: 5, account: 8 } as const;

/** Sorts last under the descending numeric sorts the search page offers. */
export const NO_SORT_VALUE = '-1';

type SearchType = 'plan' | 'stakeholder' | 'value' | 'member';

export interface SearchRecord {
  type: SearchType;
  /** Pagefind metadata, returned with a result and searched with its text. */
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: Record<SearchSort, string>;
}

/** A record with no page of its own, added with Pagefind's `addCustomRecord`. */
export interface CustomSearchRecord extends SearchRecord {
  /** Root-relative, without Astro's `base`: Pagefind prefixes it as it does page URLs. */
  url: string;
  content: string;
}

/**
 * `search/records.json` in the built site: written by the site build, read by the indexer
 * (`src/node/search-index.ts`), so that both use the same audience-filtered data.
 */
export interface SearchRecordsFile {
  /** The one language the whole index is stemmed in (`settings.locale`); see `search-index.ts`. */
  language: Settings['locale'];
  records: CustomSearchRecord[];
}
export const RECORDS_FILE = 'search/records.json';

export interface SearchContext {
  t: UiStrings;
  settings: Settings;
  memberName(id: string): string | undefined;
}

/** Letters without accents, lower case: "Álvaro" sorts with "alvaro", not after "Z". */
export function sortName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

const present = (value: string | undefined): string[] => (value?.trim() ? [value.trim()] : []);

/** The facets and sort keys every record of an account shares. */
function accountFacts(
  summary: AccountSummary,
  ctx: SearchContext,
): Pick<SearchRecord, 'filters'> & { sort: Omit<SearchRecord['sort'], 'name'> } {
  const { t, settings } = ctx;
  const { plan, selection, report } = summary;
  const revenue = revenueOf(plan, settings.currency);
  return {
    filters: {
      status: [t.labels.planStatus[plan.status]],
      tier: [t.labels.quadrant[selection.quadrant]],
      owner: present(ctx.memberName(plan.owner) ?? plan.owner),
      industry: present(plan.industry),
      region: present(plan.region),
      language: [t.search.languages[plan.lang ?? settings.locale]],
      account: [summary.name],
    },
    sort: {
      // A status that requires no checks has no score: sorting it as 100% would mislead.
      completeness: report && report.checks.length > 0 ? report.score.toFixed(4) : NO_SORT_VALUE,
      // Amounts in another currency are not comparable without exchange rates: they sort last.
      revenue: revenue && revenue.currency === settings.currency ? String(revenue.target) : NO_SORT_VALUE,
    },
  };
}

export function planRecord(summary: AccountSummary, ctx: SearchContext): SearchRecord {
  const facts = accountFacts(summary, ctx);
  return {
    type: 'plan',
    // Weighted above titles on the search page (`META_WEIGHTS`): a search for an account's name
    // finds its plan first, before a shorter page that has the name in its title.
    meta: { account: summary.name },
    filters: { type: [ctx.t.search.types.plan], ...facts.filters },
    sort: { name: sortName(summary.name), ...facts.sort },
  };
}

export function valueRecord(summary: AccountSummary, value: ValueDoc, ctx: SearchContext): SearchRecord {
  const facts = accountFacts(summary, ctx);
  return {
    type: 'value',
    meta: {},
    filters: { type: [ctx.t.search.types.value], ...facts.filters },
    sort: { name: sortName(value.data.title), ...facts.sort },
  };
}

export function memberRecord(member: TeamMember, ctx: SearchContext): SearchRecord {
  return {
    type: 'member',
    meta: {},
    filters: { type: [ctx.t.search.types.member] },
    sort: { name: sortName(member.name), completeness: NO_SORT_VALUE, revenue: NO_SORT_VALUE },
  };
}

/**
 * One record per person of the stakeholder map, linked to the person's row of the account page. The
 * text is the person's name, title, function and buying role, not the account's name: a search for
 * the account should find its plan, not every person at the client.
 */
export function stakeholderRecords(summary: AccountSummary, accountUrl: string, ctx: SearchContext): CustomSearchRecord[] {
  const facts = accountFacts(summary, ctx);
  const people: readonly Stakeholder[] = summary.account.stakeholders?.data.people ?? [];
  return people.map((person) => ({
    type: 'stakeholder',
    url: `${accountUrl}#person-${person.id}`,
    content: [person.name, person.title, person.function, person.buyingRole && ctx.t.labels.buyingRole[person.buyingRole]]
      .filter((part): part is string => Boolean(part))
      .join('. '),
    meta: { title: person.name },
    filters: { type: [ctx.t.search.types.stakeholder], ...facts.filters },
    sort: { name: sortName(person.name), ...facts.sort },
  }));
}
