import type { PlanReport } from '../model.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { AccountSummary } from '../view/accounts.ts';
import { revenueOf } from '../view/revenue.ts';
import type { Quadrant } from '../view/selection.ts';
import { toCsv, type CsvValue } from './csv.ts';

/**
 * One account's key figures in `/api/portfolio.json` and `/api/portfolio.csv`. Field names are a
 * public contract: add fields, never rename them. Money is in `currency`; shares and scores are
 * ratios (0–1) and 1–5 means; missing figures are `null`.
 */
interface ExportedAccount {
  id: string;
  name: string;
  status: Plan['status'];
  owner: string;
  ownerName: string | null;
  industry: string | null;
  region: string | null;
  stage: NonNullable<Plan['relationship']>['stage'] | null;
  currency: string | null;
  revenueLastYear: number | null;
  revenueTarget: number | null;
  revenueWallet: number | null;
  shareOfWallet: number | null;
  attractiveness: number | null;
  position: number | null;
  quadrant: Quadrant;
  coInvestment: number | null;
  /** Weighted share of the required checks passed; `null` when the status requires none. */
  completeness: number | null;
  failingChecks: PlanReport['checks'][number]['id'][];
  url: string;
}

export interface PortfolioExport {
  company: string;
  /** The day the figures were judged against (`KEYPLAN_TODAY` or the build date). */
  date: string;
  /** The portfolio's default currency; each account carries its own. */
  currency: string;
  accounts: ExportedAccount[];
}

export interface ExportOptions {
  settings: Settings;
  today: string;
  memberName: (id: string) => string | undefined;
  /** The account page's address, absolute when the site's address is known. */
  urlOf: (id: string) => string;
}

const round = (value: number | undefined, digits = 4) => (value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

export function exportPortfolio(summaries: readonly AccountSummary[], options: ExportOptions): PortfolioExport {
  const { settings } = options;
  return {
    company: settings.company,
    date: options.today,
    currency: settings.currency,
    accounts: summaries.map(({ id, name, plan, selection, report }): ExportedAccount => {
      const revenue = revenueOf(plan, settings.currency);
      const scored = report && report.checks.length > 0 ? report : undefined;
      return {
        id,
        name,
        status: plan.status,
        owner: plan.owner,
        ownerName: options.memberName(plan.owner) ?? null,
        industry: plan.industry ?? null,
        region: plan.region ?? null,
        stage: plan.relationship?.stage ?? null,
        currency: revenue?.currency ?? null,
        revenueLastYear: revenue?.lastYear ?? null,
        revenueTarget: revenue?.target ?? null,
        revenueWallet: revenue?.wallet ?? null,
        shareOfWallet: round(revenue?.shareOfWallet),
        attractiveness: round(selection.attractiveness, 2),
        position: round(selection.position, 2),
        quadrant: selection.quadrant,
        coInvestment: selection.coInvestment ?? null,
        completeness: round(scored?.score),
        failingChecks: scored?.checks.filter((check) => !check.passed).map((check) => check.id) ?? [],
        url: options.urlOf(id),
      };
    }),
  };
}

/** The CSV columns: the JSON fields in the same order, lists joined with spaces. */
const columns: { header: keyof ExportedAccount; value: (row: ExportedAccount) => CsvValue }[] = (
  [
    'id',
    'name',
    'status',
    'owner',
    'ownerName',
    'industry',
    'region',
    'stage',
    'currency',
    'revenueLastYear',
    'revenueTarget',
    'revenueWallet',
    'shareOfWallet',
    'attractiveness',
    'position',
    'quadrant',
    'coInvestment',
    'completeness',
    'failingChecks',
    'url',
  ] as const
).map((header) => ({
  header,
  value: (row: ExportedAccount) => (Array.isArray(row[header]) ? (row[header] as string[]).join(' ') : (row[header] as CsvValue)),
}));

export function portfolioCsv(data: PortfolioExport): string {
  return toCsv(columns, data.accounts);
}
