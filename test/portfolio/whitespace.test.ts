import { describe, expect, it } from 'vitest';
import { cellOf, offeringColumns, whitespaceGrid, type WhitespaceAccount } from '../../src/lib/portfolio/whitespace.ts';

const offerings = [
  { id: 'road', name: 'Road', family: 'Transport' },
  { id: 'store', name: 'Warehousing', family: 'Warehousing' },
  { id: 'cold', name: 'Cold chain', family: 'Transport' },
  { id: 'tower', name: 'Control tower' },
];

const value = (name: string, status: 'draft' | 'proposed' | 'accepted' | 'delivered', offers: string[]) => ({
  name,
  data: { title: name.toUpperCase(), status, offerings: offers },
});

const acme: WhitespaceAccount = {
  id: 'acme',
  name: 'Acme',
  plan: { status: 'active', offerings: { current: ['road'], potential: ['cold', 'store'] } },
  values: [value('cold-offer', 'proposed', ['cold', 'road']), value('idea', 'draft', ['tower']), value('old', 'delivered', ['store'])],
};

describe('cellOf', () => {
  it('says current, then proposed, then potential, then empty', () => {
    expect(cellOf(acme, 'road')).toEqual({ offering: 'road', kind: 'current', values: [] });
    expect(cellOf(acme, 'cold')).toEqual({ offering: 'cold', kind: 'proposed', values: [{ name: 'cold-offer', title: 'COLD-OFFER' }] });
    // A delivered proposition is not an open offer; the plan still lists it as potential.
    expect(cellOf(acme, 'store').kind).toBe('potential');
    // A draft proposition has not reached the client.
    expect(cellOf(acme, 'tower').kind).toBe('empty');
    expect(cellOf({ ...acme, values: [value('yes', 'accepted', ['tower'])] }, 'tower').kind).toBe('proposed');
    expect(cellOf({ id: 'x', name: 'X', plan: { status: 'draft' }, values: [] }, 'road').kind).toBe('empty');
  });
});

describe('offeringColumns', () => {
  it('brings each family together, in order of first appearance', () => {
    const { columns, families } = offeringColumns(offerings);
    expect(columns.map((column) => column.id)).toEqual(['road', 'cold', 'store', 'tower']);
    expect(families).toEqual([
      { family: 'Transport', span: 2 },
      { family: 'Warehousing', span: 1 },
      { family: undefined, span: 1 },
    ]);
  });
});

describe('whitespaceGrid', () => {
  it('totals rows and columns and puts the most whitespace first', () => {
    const busy: WhitespaceAccount = {
      id: 'busy',
      name: 'Busy',
      plan: { status: 'active', offerings: { current: ['road', 'store', 'cold'], potential: ['tower'] } },
      values: [],
    };
    const grid = whitespaceGrid([busy, acme], offerings);
    expect(grid.rows.map((row) => [row.id, row.whitespace, row.totals])).toEqual([
      ['acme', 2, { current: 1, proposed: 1, potential: 1, empty: 1 }],
      ['busy', 1, { current: 3, proposed: 0, potential: 1, empty: 0 }],
    ]);
    expect(grid.columnTotals).toEqual([
      { current: 2, proposed: 0, potential: 0, empty: 0 },
      { current: 1, proposed: 1, potential: 0, empty: 0 },
      { current: 1, proposed: 0, potential: 1, empty: 0 },
      { current: 0, proposed: 0, potential: 1, empty: 1 },
    ]);
    expect(grid.totals).toEqual({ current: 4, proposed: 1, potential: 2, empty: 1 });
  });
});
