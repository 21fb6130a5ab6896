import { planSchema } from '../schemas/plan.ts';
import { stakeholdersSchema } from '../schemas/stakeholders.ts';
import { valueSchema } from '../schemas/value.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Account, Portfolio } from './model.ts';
import { fieldAt } from './check/schema-keys.ts';

/** The documents a hidden path can address, by the schema of their frontmatter. */
const SCHEMAS = { plan: planSchema, stakeholders: stakeholdersSchema, value: valueSchema } as const;
export type DocKind = keyof typeof SCHEMAS;

/**
 * Where a hidden path applies, or why it cannot be hidden. A path names a frontmatter field of a plan,
 * a stakeholder map or a value proposition; lists are addressed through their name (`people.stance`).
 */
export function resolveHiddenPath(path: string): { kinds: DocKind[] } | { error: 'required'; kind: DocKind } | { error: 'unknown' } {
  const segments = path.split('.');
  const kinds: DocKind[] = [];
  for (const kind of Object.keys(SCHEMAS) as DocKind[]) {
    const field = fieldAt(SCHEMAS[kind], segments);
    if (!field) continue;
    if (!field.optional) return { error: 'required', kind };
    kinds.push(kind);
  }
  return kinds.length > 0 ? { kinds } : { error: 'unknown' };
}

/**
 * `data` without the value at a dotted path: lists become empty and list items are all visited. What
 * changes is copied, from the root down to the removed value; everything else is shared with `data`,
 * which is returned as it is when the path holds nothing.
 */
function without(data: unknown, segments: readonly string[], list: boolean): unknown {
  if (Array.isArray(data)) {
    const items = data.map((item: unknown) => without(item, segments, list));
    return items.some((item, index) => item !== data[index]) ? items : data;
  }
  if (typeof data !== 'object' || data === null) return data;
  const record = data as Record<string, unknown>;
  const [head, ...rest] = segments;
  if (head === undefined || !(head in record)) return data;
  if (rest.length > 0) {
    const child = without(record[head], rest, list);
    return child === record[head] ? data : { ...record, [head]: child };
  }
  if (list) return { ...record, [head]: [] };
  const { [head]: _removed, ...kept } = record;
  return kept;
}

/**
 * One document's data without the values at `paths`: the rule every output applies, pages and
 * exports through `redactAccounts`, plan history through each version of a file. The result is a new
 * object that shares every part the paths do not reach with `data` (a client view of 2,000 accounts
 * would otherwise hold a second copy of every plan and person): set its own fields, never change a
 * part of it in place.
 */
export function redactData<T>(data: T, kind: DocKind, paths: readonly string[]): T {
  let result: unknown = data;
  for (const path of paths) {
    const segments = path.split('.');
    const field = fieldAt(SCHEMAS[kind], segments);
    if (field?.optional) result = without(result, segments, field.list);
  }
  return (result === data ? { ...(data as object) } : result) as T;
}

/** The paths hidden from `audience` in one account: the audience's own and the plan's `confidential` list. */
export function hiddenPathsFor(portfolio: Portfolio, account: Account, audience: string): string[] {
  return audiencePaths(portfolio.settings, account, audience);
}

function audiencePaths(settings: Settings, account: Account, audience: string): string[] {
  const own = settings.audiences[audience]?.hide ?? [];
  return [...new Set([...own, ...(account.plan?.data.confidential ?? [])])];
}

/**
 * Hiding the stakeholder map (`people`) hides what names its people: a person's id names them
 * (`mariana-garza`), so `clientValidation.by` and a value proposition's `audience` go too.
 */
const mapHidden = (paths: readonly string[]): boolean => paths.includes('people');

/**
 * The stakeholder notes discuss stances and influence: a reader who may not see some field of the map
 * does not see the notes either, nor hear that they changed.
 */
const notesHidden = (paths: readonly string[]): boolean => paths.some((path) => path === 'people' || path.startsWith('people.'));

/** True when `field` (a dotted frontmatter path) is, or lies inside, one of the hidden paths. */
export function isHidden(field: string, paths: readonly string[]): boolean {
  return paths.some((path) => field === path || field.startsWith(`${path}.`));
}

/** What a history of changes leaves out for a reader who may not see `paths` (see `historyFilter`). */
export interface HistoryFilter {
  /** Fields whose changes are left out and whose values are removed before sentences are made. */
  hide: readonly string[];
  /** Whether edits to the stakeholder notes are left out. */
  notesHidden: boolean;
  /** Whether the stakeholder map is hidden: its people's names must not appear in any sentence. */
  mapHidden: boolean;
}

/**
 * The history rule for a reader who may not see `paths`: the same paths as the pages, plus
 * `clientValidation` when the map is hidden (it names who signed), and no notes when any field of
 * the map is hidden.
 */
export function historyFilter(paths: readonly string[]): HistoryFilter {
  const map = mapHidden(paths);
  return { hide: map ? [...paths, 'clientValidation'] : paths, notesHidden: notesHidden(paths), mapHidden: map };
}

/**
 * The paths the client view hides in one account: `settings.clientView.hide`, the plan's `confidential`
 * list and, in an audience build, the audience's own paths (a client view never shows more than its site).
 */
function clientPaths(settings: Settings, account: Account, audience?: string): string[] {
  const own = audience ? audiencePaths(settings, account, audience) : (account.plan?.data.confidential ?? []);
  return [...new Set([...settings.clientView.hide, ...own])];
}

/**
 * The portfolio with, in each account, the paths `pathsOf(account)` names removed from the data.
 * Hiding the stakeholder map (`people`) also blanks what points into it: a person's id names them
 * (`mariana-garza`), so `clientValidation.by` becomes `""` and a value proposition's `audience` empty.
 */
function redactAccounts(portfolio: Portfolio, pathsOf: (account: Account) => readonly string[]): Portfolio {
  return {
    ...portfolio,
    accounts: portfolio.accounts.map((account) => {
      const paths = pathsOf(account);
      const peopleHidden = mapHidden(paths);
      const plan = account.plan && redactData(account.plan.data, 'plan', paths);
      if (plan?.clientValidation && peopleHidden) plan.clientValidation = { ...plan.clientValidation, by: '' };
      return {
        ...account,
        ...(account.plan && plan ? { plan: { ...account.plan, data: plan } } : {}),
        ...(account.stakeholders
          ? { stakeholders: { ...account.stakeholders, data: redactData(account.stakeholders.data, 'stakeholders', paths) } }
          : {}),
        values: account.values.map((value) => {
          const data = redactData(value.data, 'value', paths);
          if (peopleHidden) data.audience = [];
          return { ...value, data };
        }),
      };
    }),
  };
}

/**
 * The portfolio as `audience` may see it: every hidden value removed from the data itself, so no page,
 * export, index or diagram can show it or anything derived from it.
 */
export function redactPortfolio(portfolio: Portfolio, audience: string): Portfolio {
  return audiencePolicy(portfolio.settings, audience).redact(portfolio);
}

/**
 * What one build's reader may see: the audience rule, in one place. Every output of a build (pages,
 * the client view, search records, exports, histories, diagrams, calendar feeds, MDX bodies) asks
 * the policy of its build rather than restating the rule. Methods that take an account want it as
 * the full content holds it: an audience may hide `confidential` itself, which still applies.
 */
export interface AudiencePolicy {
  /** The audience's name (`KEYPLAN_AUDIENCE`); absent for the full internal site, which hides nothing. */
  readonly audience?: string;
  /**
   * Whether the completeness details may be shown: they are internal governance and would reveal
   * hidden facts (a failing `champion` check says who is not one), so only the full site shows them.
   */
  readonly completenessVisible: boolean;
  /** Whether MDX bodies must have their frontmatter replaced by the redacted data before compiling. */
  readonly rewritesBodies: boolean;
  /** The paths of one account this reader may not see: the audience's `hide` and the plan's `confidential`. */
  hiddenPaths(account: Account): readonly string[];
  /** True when the dotted frontmatter path `path` of `account` is hidden from this reader. */
  hides(account: Account, path: string): boolean;
  /** Whether an account's stakeholder notes may be shown (not when any field of the map is hidden). */
  notesVisible(account: Account): boolean;
  /** What the account's history of changes leaves out. */
  history(account: Account): HistoryFilter;
  /** The portfolio as this reader may see it, every hidden value removed from the data itself. */
  redact(portfolio: Portfolio): Portfolio;
  /** The portfolio as the client-shareable view may show it (`settings.clientView.hide` on top). */
  client(portfolio: Portfolio): Portfolio;
}

/**
 * The policy of a build for `audience` (a name of `settings.audiences`), or of the full internal site
 * when `audience` is undefined. An unknown name is the build gate's to refuse (`src/node/audience-env.ts`).
 */
export function audiencePolicy(settings: Settings, audience?: string): AudiencePolicy {
  const named = audience !== undefined;
  const hiddenPaths = (account: Account): readonly string[] => (named ? audiencePaths(settings, account, audience) : []);
  return {
    ...(named ? { audience } : {}),
    completenessVisible: !named,
    rewritesBodies: named,
    hiddenPaths,
    hides: (account, path) => isHidden(path, hiddenPaths(account)),
    notesVisible: (account) => !notesHidden(hiddenPaths(account)),
    history: (account) => historyFilter(hiddenPaths(account)),
    redact: (portfolio) => (named ? redactAccounts(portfolio, hiddenPaths) : portfolio),
    client: (portfolio) => redactAccounts(portfolio, (account) => clientPaths(settings, account, audience)),
  };
}
