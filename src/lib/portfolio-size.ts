import type { Point } from 'unist';
import type { Portfolio } from './model.ts';
import type { Reporter } from './report.ts';
import { portfolioHealth } from './portfolio/size.ts';

const METHOD =
  'Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: ' +
  'the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company.';

/**
 * Warns when the number of active plans leaves `portfolio.limits` or, inside them,
 * `portfolio.recommended`. Reported on the settings file, at the range that was left.
 */
export function checkPortfolioSize(portfolio: Portfolio, reporter: Reporter, settingsPath: string): void {
  const active = portfolio.accounts.filter((account) => account.plan?.data.status === 'active').length;
  const { state, range, side } = portfolioHealth(active, portfolio.settings.portfolio);
  if (state === 'within') return;
  const key = state === 'outside-limits' ? 'limits' : 'recommended';
  const few = side === 'below';
  const bound = key === 'limits' ? (few ? `lower limit of ${range[0]}` : `upper limit of ${range[1]}`) : few ? `recommended minimum of ${range[0]}` : `recommended maximum of ${range[1]}`;
  const plans = `${active} active ${active === 1 ? 'plan' : 'plans'}`;
  const hint = few
    ? 'Check whether clients that matter that much lack a plan or have one still in `draft`.'
    : 'Keep active plans for the clients that really change our results and set the others to `status: archived`.';
  const place: Point = portfolio.settingsDoc?.locate(['portfolio', key]) ?? { line: 1, column: 1 };
  reporter.warn(
    portfolio.settingsDoc?.path ?? settingsPath,
    `The portfolio has ${plans}, ${few ? 'fewer' : 'more'} than the ${bound} (\`portfolio.${key}\`: [${range.join(', ')}]). ${METHOD} ${hint} If the range does not fit the company, change \`portfolio.${key}\` in \`settings.yaml\`.`,
    place,
    'portfolio-size',
  );
}
