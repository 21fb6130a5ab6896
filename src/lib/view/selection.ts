import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';

/**
 * The four quadrants of the selection matrix, plus `unscored`.
 * invest: attractive and strong (strategic); develop: attractive, weak position (develop selectively);
 * maintain: less attractive, strong position; serve: neither (serve efficiently).
 */
export const quadrants = ['invest', 'develop', 'maintain', 'serve', 'unscored'] as const;
export type Quadrant = (typeof quadrants)[number];

/** An axis at or above this weighted mean counts as high. */
const HIGH = 3;

export interface SelectionView {
  /** Weighted mean of profitability, growth and strategic value; missing unless all three are scored. */
  attractiveness?: number;
  /** Weighted mean of customer knowledge, brand image and cost to serve; missing unless all three are scored. */
  position?: number;
  coInvestment?: number;
  quadrant: Quadrant;
}

type Weights = Settings['selection']['weights'];

/**
 * Places a plan in the selection matrix. An axis needs all three of its scores: a mean of the scores
 * that happen to be filled in would place a half-scored draft with false confidence.
 */
export function selectionOf(plan: Pick<Plan, 'selection'>, weights: Weights): SelectionView {
  const attractiveness = plan.selection?.attractiveness;
  const position = plan.selection?.position;
  const a = weightedMean([
    [attractiveness?.profitability, weights.profitability],
    [attractiveness?.growth, weights.growth],
    [attractiveness?.strategicValue, weights.strategicValue],
  ]);
  const p = weightedMean([
    [position?.customerKnowledge, weights.customerKnowledge],
    [position?.brandImage, weights.brandImage],
    [position?.costToServe, weights.costToServe],
  ]);
  const coInvestment = plan.selection?.coInvestment;
  return {
    ...(a !== undefined ? { attractiveness: a } : {}),
    ...(p !== undefined ? { position: p } : {}),
    ...(coInvestment !== undefined ? { coInvestment } : {}),
    quadrant: quadrantOf(a, p),
  };
}

export function quadrantOf(attractiveness: number | undefined, position: number | undefined): Quadrant {
  if (attractiveness === undefined || position === undefined) return 'unscored';
  const attractive = attractiveness >= HIGH;
  const strong = position >= HIGH;
  if (attractive) return strong ? 'invest' : 'develop';
  return strong ? 'maintain' : 'serve';
}

function weightedMean(pairs: [score: number | undefined, weight: number][]): number | undefined {
  if (pairs.some(([score]) => score === undefined)) return undefined;
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  // Every weight set to 0 would divide by zero; treat the criteria as equal rather than hide the account.
  if (total === 0) return pairs.reduce((sum, [score]) => sum + score!, 0) / pairs.length;
  return pairs.reduce((sum, [score, weight]) => sum + score! * weight, 0) / total;
}
