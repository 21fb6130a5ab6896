import { describe, expect, it } from 'vitest';
import { quadrantOf, selectionOf } from '../../src/lib/view/selection.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

const weights = settingsSchema.parse({ company: 'X' }).selection.weights;
const scored = (a: [number, number, number], p: [number, number, number], coInvestment?: number) => ({
  selection: {
    attractiveness: { profitability: a[0], growth: a[1], strategicValue: a[2] },
    position: { customerKnowledge: p[0], brandImage: p[1], costToServe: p[2] },
    ...(coInvestment !== undefined ? { coInvestment } : {}),
  },
});

describe('selectionOf', () => {
  it('places each combination of axes in its quadrant, high from 3', () => {
    expect(selectionOf(scored([4, 4, 5], [5, 4, 3]), weights).quadrant).toBe('invest');
    expect(selectionOf(scored([4, 4, 5], [2, 2, 2]), weights).quadrant).toBe('develop');
    expect(selectionOf(scored([2, 2, 2], [4, 4, 4]), weights).quadrant).toBe('maintain');
    expect(selectionOf(scored([2, 2, 2], [2, 2, 2]), weights).quadrant).toBe('serve');
    expect(quadrantOf(3, 3)).toBe('invest');
    expect(quadrantOf(2.99, 3)).toBe('maintain');
  });

  it('uses the weights of the settings', () => {
    const view = selectionOf(scored([4, 4, 5], [5, 4, 3], 4), { ...weights, profitability: 2, growth: 1.5 });
    expect(view.attractiveness).toBeCloseTo((4 * 2 + 4 * 1.5 + 5) / 4.5);
    expect(view.position).toBe(4);
    expect(view.coInvestment).toBe(4);
  });

  it('leaves an account with a missing score on an axis unscored', () => {
    const view = selectionOf(
      { selection: { attractiveness: { profitability: 5 }, position: { customerKnowledge: 5, brandImage: 5, costToServe: 5 } } },
      weights,
    );
    expect(view).toEqual({ position: 5, quadrant: 'unscored' });
    expect(selectionOf({}, weights).quadrant).toBe('unscored');
  });

  it('treats all-zero weights on an axis as equal weights', () => {
    const zero = { ...weights, profitability: 0, growth: 0, strategicValue: 0 };
    expect(selectionOf(scored([1, 2, 3], [3, 3, 3]), zero).attractiveness).toBe(2);
  });
});
