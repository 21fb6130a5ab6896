import type { Settings } from '../../schemas/settings.ts';

/** Where the number of active key accounts stands against the recommended range and the limits. */
export type PortfolioSize = 'within' | 'outside-recommended' | 'outside-limits';

export function portfolioSize(active: number, portfolio: Settings['portfolio']): PortfolioSize {
  const inside = ([low, high]: readonly [number, number]) => active >= low && active <= high;
  if (!inside(portfolio.limits)) return 'outside-limits';
  return inside(portfolio.recommended) ? 'within' : 'outside-recommended';
}

/** Where the number of active key accounts stands, and on which side of the range it left. */
export interface PortfolioHealth {
  active: number;
  state: PortfolioSize;
  /** Missing while the count is within the recommended range. */
  side?: 'below' | 'above';
  /** The range that was left (`limits` before `recommended`), or the recommended one when within. */
  range: readonly [number, number];
  recommended: readonly [number, number];
  limits: readonly [number, number];
}

/** The portfolio-size health statement of the home page, the portfolio overview and the `portfolio-size` warning. */
export function portfolioHealth(active: number, portfolio: Settings['portfolio']): PortfolioHealth {
  const state = portfolioSize(active, portfolio);
  const range = state === 'outside-limits' ? portfolio.limits : portfolio.recommended;
  const side = state === 'within' ? undefined : active < range[0] ? 'below' : 'above';
  return { active, state, ...(side ? { side } : {}), range, recommended: portfolio.recommended, limits: portfolio.limits };
}
