import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { ValueProposition } from '../../schemas/value.ts';

/**
 * What an account has with one offering, strongest first:
 * `current` it buys it (`offerings.current`); `proposed` a value proposition that is `proposed` or
 * `accepted` offers it; `potential` the plan lists it in `offerings.potential`; `empty` none of these.
 * Draft propositions have not reached the client, and delivered ones are what it now buys.
 */
export const cellKinds = ['current', 'proposed', 'potential', 'empty'] as const;
export type CellKind = (typeof cellKinds)[number];

const OFFERING_STATUSES: readonly ValueProposition['status'][] = ['proposed', 'accepted'];

export interface WhitespaceAccount {
  id: string;
  name: string;
  plan: Pick<Plan, 'offerings' | 'status'>;
  values: readonly { name: string; data: Pick<ValueProposition, 'title' | 'status' | 'offerings'> }[];
}

export interface WhitespaceCell {
  offering: string;
  kind: CellKind;
  /** The propositions (file names and titles) that make the cell `proposed`. */
  values: { name: string; title: string }[];
}

type Totals = Record<CellKind, number>;

interface WhitespaceRow {
  id: string;
  name: string;
  status: Plan['status'];
  cells: WhitespaceCell[];
  totals: Totals;
  /** Offerings identified but not yet bought: `proposed` plus `potential`. */
  whitespace: number;
}

interface OfferingColumn {
  id: string;
  name: string;
  family?: string;
}

export interface WhitespaceGrid {
  /** Offerings in settings order, with each family's offerings brought together. */
  columns: OfferingColumn[];
  /** Families in order of first appearance, with how many columns each spans; `undefined` is "no family". */
  families: { family: string | undefined; span: number }[];
  rows: WhitespaceRow[];
  /** Per column (same order as `columns`): how many accounts are in each state. */
  columnTotals: Totals[];
  totals: Totals;
}

/** Classifies one cell. */
export function cellOf(account: WhitespaceAccount, offering: string): WhitespaceCell {
  const values = account.values
    .filter((value) => OFFERING_STATUSES.includes(value.data.status) && value.data.offerings.includes(offering))
    .map((value) => ({ name: value.name, title: value.data.title }));
  const offerings = account.plan.offerings;
  const kind: CellKind = offerings?.current.includes(offering)
    ? 'current'
    : values.length > 0
      ? 'proposed'
      : offerings?.potential.includes(offering)
        ? 'potential'
        : 'empty';
  return { offering, kind, values: kind === 'proposed' ? values : [] };
}

const zero = (): Totals => ({ current: 0, proposed: 0, potential: 0, empty: 0 });

/** Orders offerings so that each family's columns sit together, families in order of first appearance. */
export function offeringColumns(offerings: Settings['offerings']): Pick<WhitespaceGrid, 'columns' | 'families'> {
  const families: (string | undefined)[] = [];
  for (const offering of offerings) if (!families.includes(offering.family)) families.push(offering.family);
  const columns = families.flatMap((family) => offerings.filter((offering) => offering.family === family));
  return {
    columns: columns.map(({ id, name, family }) => ({ id, name, ...(family !== undefined ? { family } : {}) })),
    families: families.map((family) => ({ family, span: offerings.filter((offering) => offering.family === family).length })),
  };
}

/**
 * The whitespace grid: accounts × offerings. Rows with the most whitespace come first (then the
 * most empty cells, where nobody has looked yet), ties by name.
 */
export function whitespaceGrid(
  accounts: readonly WhitespaceAccount[],
  offerings: Settings['offerings'],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): WhitespaceGrid {
  const { columns, families } = offeringColumns(offerings);
  const rows = accounts.map((account): WhitespaceRow => {
    const cells = columns.map((column) => cellOf(account, column.id));
    const totals = zero();
    for (const cell of cells) totals[cell.kind]++;
    return {
      id: account.id,
      name: account.name,
      status: account.plan.status,
      cells,
      totals,
      whitespace: totals.proposed + totals.potential,
    };
  });
  rows.sort((a, b) => b.whitespace - a.whitespace || b.totals.empty - a.totals.empty || compare(a.name, b.name));
  const columnTotals = columns.map(() => zero());
  const totals = zero();
  for (const row of rows) {
    row.cells.forEach((cell, index) => columnTotals[index]![cell.kind]++);
    for (const kind of cellKinds) totals[kind] += row.totals[kind];
  }
  return { columns, families, rows, columnTotals, totals };
}
