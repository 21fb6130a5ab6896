import type { Account, Portfolio } from '../model.ts';
import type { TeamMember } from '../../schemas/team.ts';
import { coverageMap, type CoverageMap } from './coverage.ts';
import { orgChart } from './org-chart.ts';
import { selectionMatrix, type SelectionMatrix } from './matrix.ts';
import { diagramStrings } from './strings.ts';
import { actionTimeline, type Timeline } from './timeline.ts';
import type { DiagramKind, DiagramSpec } from './types.ts';

export type { DiagramKind, DiagramSpec } from './types.ts';
/** Everything Keyplan draws for one account, with the data a page shows beside the pictures. */
export interface AccountDiagrams {
  orgChart?: DiagramSpec;
  coverage?: CoverageMap;
  timeline?: Timeline;
}

type PortfolioView = Pick<Portfolio, 'settings' | 'team' | 'accounts'>;

function teamOf(portfolio: PortfolioView): Map<string, TeamMember> {
  return new Map([...portfolio.team].map(([id, doc]) => [id, doc.data]));
}

/**
 * Specifications already built, by portfolio, account and day. The build draws every diagram ahead of
 * the pages, and an account page asks again for its figures and for the data beside them: each is
 * built once. Keyed by the objects themselves, so a portfolio read again (in `astro dev`) starts afresh.
 */
const builtDiagrams = new WeakMap<PortfolioView, WeakMap<Account, Map<string, AccountDiagrams>>>();
const builtMatrices = new WeakMap<PortfolioView, SelectionMatrix>();
const accountsById = new WeakMap<PortfolioView, Map<string, Account>>();

/** The diagrams of one account; parts are missing when the plan or the stakeholder map is. */
export function accountDiagrams(portfolio: PortfolioView, account: Account, today?: string): AccountDiagrams {
  let byAccount = builtDiagrams.get(portfolio);
  if (!byAccount) builtDiagrams.set(portfolio, (byAccount = new WeakMap()));
  let byDay = byAccount.get(account);
  if (!byDay) byAccount.set(account, (byDay = new Map()));
  const key = today ?? '';
  let diagrams = byDay.get(key);
  if (!diagrams) byDay.set(key, (diagrams = buildAccountDiagrams(portfolio, account, today)));
  return diagrams;
}

function buildAccountDiagrams(portfolio: PortfolioView, account: Account, today?: string): AccountDiagrams {
  const strings = diagramStrings(portfolio.settings.locale);
  const team = teamOf(portfolio);
  const plan = account.plan?.data;
  const people = account.stakeholders?.data.people ?? [];
  const accountName = plan?.account ?? account.id;
  const base = { accountId: account.id, accountName, strings };
  const chart = orgChart({ ...base, people });
  return {
    ...(chart ? { orgChart: chart } : {}),
    ...(plan ? { coverage: coverageMap({ ...base, plan, people, team }) } : {}),
    ...(plan ? { timeline: actionTimeline({ ...base, plan, team, ...(today ? { today } : {}) }) } : {}),
  };
}

/** The portfolio's selection matrix (active plans). */
function portfolioMatrix(portfolio: PortfolioView): SelectionMatrix {
  const known = builtMatrices.get(portfolio);
  if (known) return known;
  const accounts = portfolio.accounts.flatMap((account) => (account.plan ? [{ id: account.id, plan: account.plan.data }] : []));
  const matrix = selectionMatrix({
    accounts,
    weights: portfolio.settings.selection.weights,
    strings: diagramStrings(portfolio.settings.locale),
  });
  builtMatrices.set(portfolio, matrix);
  return matrix;
}

/** Every diagram of the portfolio: what the build renders ahead of the pages. */
export function portfolioDiagrams(portfolio: PortfolioView, today?: string): DiagramSpec[] {
  const specs: DiagramSpec[] = [];
  const matrix = portfolioMatrix(portfolio).diagram;
  if (matrix) specs.push(matrix);
  for (const account of portfolio.accounts) {
    const { orgChart, coverage, timeline } = accountDiagrams(portfolio, account, today);
    for (const spec of [orgChart, coverage?.diagram, timeline?.diagram]) if (spec) specs.push(spec);
  }
  return specs;
}

/** One diagram by kind (and account, except for `matrix`), or `undefined` when there is nothing to draw. */
export function findDiagram(portfolio: PortfolioView, kind: DiagramKind, accountId?: string, today?: string): DiagramSpec | undefined {
  if (kind === 'matrix') return portfolioMatrix(portfolio).diagram;
  let byId = accountsById.get(portfolio);
  if (!byId) accountsById.set(portfolio, (byId = new Map(portfolio.accounts.map((candidate) => [candidate.id, candidate]))));
  const account = accountId === undefined ? undefined : byId.get(accountId);
  if (!account) return undefined;
  const diagrams = accountDiagrams(portfolio, account, today);
  if (kind === 'org-chart') return diagrams.orgChart;
  if (kind === 'coverage') return diagrams.coverage?.diagram;
  return diagrams.timeline?.diagram;
}
