import { planSchema } from '../schemas/plan.ts';
import { stakeholdersSchema } from '../schemas/stakeholders.ts';
import { valueSchema } from '../schemas/value.ts';
import type { Account, Portfolio } from './model.ts';
import { fieldAt } from './schema-keys.ts';

/** The documents a hidden path can address, by the schema of their frontmatter. */
const SCHEMAS = { plan: planSchema, stakeholders: stakeholdersSchema, value: valueSchema } as const;
export type DocKind = keyof typeof SCHEMAS;

/**
 * Where a hidden path applies, or why it cannot be hidden. A path names a frontmatter field of a plan,
 * a stakeholder map or a value proposition; lists are addressed through their name (`people.stance`).
 */
export function resolveHiddenPath(path: string): { kinds: DocKind[] } | { error: string } {
  const segments = path.split('.');
  const kinds: DocKind[] = [];
  for (const kind of Object.keys(SCHEMAS) as DocKind[]) {
    const field = fieldAt(SCHEMAS[kind], segments);
    if (!field) continue;
    if (!field.optional) return { error: `\`${path}\` is a required field of the ${kind === 'plan' ? 'plan' : kind === 'value' ? 'value proposition' : 'stakeholder map'}: pages need it, so it cannot be hidden` };
    kinds.push(kind);
  }
  return kinds.length > 0 ? { kinds } : { error: `\`${path}\` names no field of a plan, a stakeholder map or a value proposition` };
}

/** Removes the value at a dotted path, in place; lists become empty and list items are all visited. */
function hide(data: unknown, segments: readonly string[], list: boolean): void {
  if (Array.isArray(data)) {
    for (const item of data) hide(item, segments, list);
    return;
  }
  if (typeof data !== 'object' || data === null) return;
  const record = data as Record<string, unknown>;
  const [head, ...rest] = segments;
  if (head === undefined || !(head in record)) return;
  if (rest.length > 0) hide(record[head], rest, list);
  else if (list) record[head] = [];
  else delete record[head];
}

/**
 * One document's data without the values at `paths`: the rule every output applies, pages and
 * exports through `redactAccounts`, plan history through each version of a file.
 */
export function redactData<T>(data: T, kind: DocKind, paths: readonly string[]): T {
  const copy = structuredClone(data);
  for (const path of paths) {
    const segments = path.split('.');
    const field = fieldAt(SCHEMAS[kind], segments);
    if (field?.optional) hide(copy, segments, field.list);
  }
  return copy;
}

/** The paths hidden from `audience` in one account: the audience's own and the plan's `confidential` list. */
export function hiddenPathsFor(portfolio: Portfolio, account: Account, audience: string): string[] {
  const own = portfolio.settings.audiences[audience]?.hide ?? [];
  return [...new Set([...own, ...(account.plan?.data.confidential ?? [])])];
}

/**
 * The paths the client view hides in one account: `settings.clientView.hide`, the plan's `confidential`
 * list and, in an audience build, the audience's own paths (a client view never shows more than its site).
 */
export function clientPathsFor(portfolio: Portfolio, account: Account, audience?: string): string[] {
  const audiencePaths = audience ? hiddenPathsFor(portfolio, account, audience) : (account.plan?.data.confidential ?? []);
  return [...new Set([...portfolio.settings.clientView.hide, ...audiencePaths])];
}

/**
 * The portfolio with, in each account, the paths `pathsOf(account)` names removed from the data.
 * Hiding the stakeholder map (`people`) also blanks what points into it: a person's id names them
 * (`mariana-garza`), so `clientValidation.by` becomes `""` and a value proposition's `audience` empty.
 */
export function redactAccounts(portfolio: Portfolio, pathsOf: (account: Account) => readonly string[]): Portfolio {
  return {
    ...portfolio,
    accounts: portfolio.accounts.map((account) => {
      const paths = pathsOf(account);
      const peopleHidden = paths.includes('people');
      const plan = account.plan && redactData(account.plan.data, 'plan', paths);
      if (plan?.clientValidation && peopleHidden) plan.clientValidation.by = '';
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
  return redactAccounts(portfolio, (account) => hiddenPathsFor(portfolio, account, audience));
}

/**
 * The portfolio as the client-shareable view may show it (`settings.clientView.hide`, `confidential`,
 * and the build's audience if any). Pass the full portfolio: `confidential` is read from it.
 */
export function redactForClient(portfolio: Portfolio, audience?: string): Portfolio {
  return redactAccounts(portfolio, (account) => clientPathsFor(portfolio, account, audience));
}
