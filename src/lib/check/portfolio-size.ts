import type { Point } from 'unist';
import type { CheckStrings } from '../../i18n/check-types.ts';
import type { Portfolio } from '../model.ts';
import type { Reporter } from './report.ts';
import { portfolioHealth } from '../portfolio/size.ts';

/**
 * Warns when the number of active plans leaves `portfolio.limits` or, inside them,
 * `portfolio.recommended`. Reported on the settings file, at the range that was left.
 */
export function checkPortfolioSize(portfolio: Portfolio, reporter: Reporter, settingsPath: string, t: CheckStrings): void {
  const say = t.size;
  const active = portfolio.accounts.filter((account) => account.plan?.data.status === 'active').length;
  const { state, range, side } = portfolioHealth(active, portfolio.settings.portfolio);
  if (state === 'within') return;
  const key = state === 'outside-limits' ? 'limits' : 'recommended';
  const few = side === 'below';
  const bound =
    key === 'limits'
      ? few
        ? say.lowerLimit(range[0])
        : say.upperLimit(range[1])
      : few
        ? say.recommendedMinimum(range[0])
        : say.recommendedMaximum(range[1]);
  const place: Point = portfolio.settingsDoc?.locate(['portfolio', key]) ?? { line: 1, column: 1 };
  reporter.warn(
    portfolio.settingsDoc?.path ?? settingsPath,
    say.warning(active, few, bound, key, `[${range.join(', ')}]`, say.method, few ? say.tooFew : say.tooMany),
    place,
    'portfolio-size',
  );
}
