import type { actionStatuses, planStatuses, relationshipStages } from '../schemas/plan.ts';
import type { checkIds } from '../schemas/settings.ts';
import type { buyingRoles, cadences, influenceLevels, relationshipStrengths, stances } from '../schemas/stakeholders.ts';
import type { teamRoles } from '../schemas/team.ts';
import type { argumentKinds, valueStatuses } from '../schemas/value.ts';
import type { quadrants } from '../lib/view/selection.ts';

/** A label for every value of an enum: adding a value to a schema makes each dictionary a type error. */
type Labels<T extends readonly string[]> = { readonly [K in T[number]]: string };

/**
 * Every string of the interface. `en.ts` and `es.ts` are both typed with it, so a key missing from
 * (or added to only) one of them fails `tsc`.
 */
export interface UiStrings {
  skipToContent: string;
  nav: { label: string; product: string; home: string; accounts: string; team: string };
  footer: { editPage: string; lastUpdated: string; notTracked: string };
  /** Shown where a value is missing. */
  none: string;
  yes: string;
  no: string;
  onThisPage: string;
  breadcrumb: string;
  sortHint: string;
  /** The accessible name of a table's scrollable wrapper. */
  scrollTable: (caption: string) => string;
  accountCount: (count: number) => string;
  notFound: { title: string; text: string; back: string };

  home: {
    title: string;
    intro: (company: string) => string;
    activeKeyAccounts: string;
    range: (recommended: readonly [number, number], limits: readonly [number, number]) => string;
    outsideRecommended: string;
    outsideLimits: string;
    byStatus: string;
    byTier: string;
    count: string;
    all: string;
    revenueLastYear: string;
    revenueTarget: string;
    accountsInCurrency: (count: number, currency: string) => string;
    walletNote: (withWallet: number, total: number) => string;
    otherCurrencies: string;
    otherCurrenciesNote: (currency: string) => string;
    noRevenue: string;
    matrix: string;
    matrixIntro: string;
    browse: string;
    allAccounts: string;
    allTeam: string;
  };

  accounts: {
    title: string;
    caption: string;
    empty: string;
  };

  account: {
    /** Column and field names shared by the account views. */
    name: string;
    status: string;
    tier: string;
    owner: string;
    sponsor: string;
    industry: string;
    region: string;
    stage: string;
    period: string;
    periodRange: (start: string, end: string) => string;
    reviewed: string;
    nextReview: string;
    overdueReview: string;
    revenueTarget: string;
    completeness: string;
    revenue: string;
    lastYear: string;
    target: string;
    growthNeeded: string;
    wallet: string;
    shareOfWallet: string;
    noRevenue: string;
    selection: string;
    selectionCaption: string;
    criterion: string;
    score: string;
    weight: string;
    outOfFive: string;
    criteria: {
      attractiveness: string;
      profitability: string;
      growth: string;
      strategicValue: string;
      position: string;
      customerKnowledge: string;
      brandImage: string;
      costToServe: string;
      coInvestment: string;
    };
    quadrant: string;
    currentOfferings: string;
    potentialOfferings: string;
    clientValidation: string;
    validatedBy: (name: string, date: string) => string;
    notValidated: string;
    completenessScore: (percent: string) => string;
    completenessUnavailable: string;
    noChecksRequired: (status: string) => string;
    failingChecks: string;
    allChecksPass: string;
    passingChecks: (passed: number, total: number) => string;
    hint: string;
    kpis: string;
    kpiCaption: string;
    kpi: string;
    baseline: string;
    actual: string;
    unit: string;
    due: string;
    progress: string;
    noKpis: string;
    actions: string;
    actionsCaption: string;
    action: string;
    clientAgreed: string;
    overdue: string;
    noActions: string;
    values: string;
    noValues: string;
    argumentCount: (count: number) => string;
    accountTeam: string;
    accountTeamCaption: string;
    member: string;
    role: string;
    function: string;
    noTeam: string;
    stakeholders: string;
    stakeholdersCaption: string;
    title: string;
    reportsTo: string;
    buyingRole: string;
    stance: string;
    influence: string;
    relationship: string;
    ourOwner: string;
    cadence: string;
    lastContact: string;
    noStakeholders: string;
    stakeholderNotes: string;
    plan: string;
  };

  value: {
    offerings: string;
    audience: string;
    arguments: string;
    argumentsCaption: string;
    kind: string;
    claim: string;
    metric: string;
    change: string;
    worth: string;
    per: (amount: string, per: string) => string;
    noArguments: string;
    backToAccount: (name: string) => string;
    proposition: string;
  };

  team: {
    title: string;
    caption: string;
    name: string;
    role: string;
    function: string;
    email: string;
    accounts: string;
    accountsOf: (name: string) => string;
    involvement: string;
    owner: string;
    sponsor: string;
    teamRole: (role: string) => string;
    actions: (count: number) => string;
    covers: (names: string) => string;
    noAccounts: string;
  };

  labels: {
    planStatus: Labels<typeof planStatuses>;
    stage: Labels<typeof relationshipStages>;
    actionStatus: Labels<typeof actionStatuses>;
    buyingRole: Labels<typeof buyingRoles>;
    stance: Labels<typeof stances>;
    influence: Labels<typeof influenceLevels>;
    relationship: Labels<typeof relationshipStrengths>;
    cadence: Labels<typeof cadences>;
    teamRole: Labels<typeof teamRoles>;
    argumentKind: Labels<typeof argumentKinds>;
    valueStatus: Labels<typeof valueStatuses>;
    quadrant: Labels<typeof quadrants>;
    /** A short gloss of each quadrant: what the method advises. */
    quadrantAdvice: Labels<typeof quadrants>;
    check: Labels<typeof checkIds>;
  };
}
