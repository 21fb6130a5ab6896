import { planSchema } from '../schemas/plan.ts';
import { stakeholdersSchema } from '../schemas/stakeholders.ts';
import { valueSchema } from '../schemas/value.ts';
import type { Account, Portfolio } from './model.ts';
import { fieldAt } from './schema-keys.ts';

/** The documents a hidden path can address, by the schema of their frontmatter. */
const SCHEMAS = { plan: planSchema, stakeholders: stakeholdersSchema, value: valueSchema } as const;
type DocKind = keyof typeof SCHEMAS;

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

function redactData<T>(data: T, kind: DocKind, paths: readonly string[]): T {
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
 * The portfolio as `audience` may see it: every hidden value removed from the data itself, so no page,
 * export, index or diagram can show it or anything derived from it.
 */
export function redactPortfolio(portfolio: Portfolio, audience: string): Portfolio {
  return {
    ...portfolio,
    accounts: portfolio.accounts.map((account) => {
      const paths = hiddenPathsFor(portfolio, account, audience);
      return {
        ...account,
        ...(account.plan ? { plan: { ...account.plan, data: redactData(account.plan.data, 'plan', paths) } } : {}),
        ...(account.stakeholders
          ? { stakeholders: { ...account.stakeholders, data: redactData(account.stakeholders.data, 'stakeholders', paths) } }
          : {}),
        values: account.values.map((value) => ({ ...value, data: redactData(value.data, 'value', paths) })),
      };
    }),
  };
}
