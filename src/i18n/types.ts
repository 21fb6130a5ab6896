import type { actionStatuses, planStatuses, relationshipStages } from '../schemas/plan.ts';
import type { checkIds } from '../schemas/settings.ts';
import type { buyingRoles, cadences, influenceLevels, relationshipStrengths, stances } from '../schemas/stakeholders.ts';
import type { teamRoles } from '../schemas/team.ts';
import type { argumentKinds, valueStatuses } from '../schemas/value.ts';
import type { quadrants } from '../lib/view/selection.ts';
import type { ActionTiming } from '../lib/portfolio/actions.ts';
import type { dimensions } from '../lib/portfolio/indexes.ts';
import type { kpiStatuses, KpiGap } from '../lib/portfolio/kpis.ts';
import type { PortfolioHealth } from '../lib/portfolio/size.ts';
import type { HistoryGap } from '../lib/history/types.ts';
import type { cellKinds } from '../lib/portfolio/whitespace.ts';
import type { CheckStrings } from './check-types.ts';
import type { CliStrings } from './cli-types.ts';
import type { DiagramPhrases } from './diagram-types.ts';
import type { HistoryWords } from './history-types.ts';

/** A label for every value of an enum: adding a value to a schema makes each dictionary a type error. */
type Labels<T extends readonly string[]> = { readonly [K in T[number]]: string };

/**
 * Every string of the interface. `en.ts` and `es.ts` are both typed with it, so a key missing from
 * (or added to only) one of them fails `tsc`.
 */
export interface UiStrings {
  skipToContent: string;
  nav: { label: string; product: string; menu: string; home: string; accounts: string; team: string; portfolio: string; people: string };
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
  /** The name of a diagram's sideways scroller, which takes the keyboard on a phone. */
  scrollDiagram: (caption: string) => string;
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

  portfolio: {
    title: string;
    intro: string;
    dashboards: string;
    indexes: string;
    indexesIntro: string;
    total: string;
    /** Links to the dashboards, with what each answers. */
    links: {
      matrix: string;
      matrixText: string;
      revenue: string;
      revenueText: string;
      whitespace: string;
      whitespaceText: string;
      kpis: string;
      kpisText: string;
      actions: string;
      actionsText: string;
      people: string;
      peopleText: string;
    };
    export: string;
    exportText: string;
    exportJson: string;
    exportCsv: string;
    health: {
      title: string;
      /** A short verdict for the badge: "Healthy", "Too many"… */
      verdict: (health: PortfolioHealth) => string;
      /** One sentence with the count and the range it is in or has left. */
      statement: (health: PortfolioHealth) => string;
      /** The method's reason for the range, in one sentence. */
      method: string;
      configured: (recommended: readonly [number, number], limits: readonly [number, number]) => string;
    };
    byDimension: Labels<typeof dimensions>;
    dimension: Labels<typeof dimensions>;
    dimensionIntro: Labels<typeof dimensions>;
    notSet: string;
    groupCaption: (group: string) => string;
    groupCount: (count: number) => string;
    countsCaption: string;
    active: string;
    otherIndexes: string;

    matrix: {
      title: string;
      intro: string;
      threshold: string;
      placed: (placed: number, active: number) => string;
      unscored: string;
      strategyTitle: string;
      /** The method's recommended strategy per quadrant, one sentence each. */
      strategy: Labels<typeof quadrants>;
      coInvestment: string;
      coInvestmentShort: (score: string) => string;
      reciprocity: string;
      scoresCaption: string;
      diagramTitle: string;
      noAccounts: string;
    };

    revenue: {
      title: string;
      intro: string;
      rank: string;
      share: string;
      cumulative: string;
      growthPercent: string;
      chartTitle: (currency: string) => string;
      chartDescription: string;
      paretoSummary: (count: number, total: number, currency: string) => string;
      tableCaption: (currency: string) => string;
      otherCurrency: (currency: string) => string;
      otherCurrencyNote: (currency: string, main: string) => string;
      walletNote: (withWallet: number, total: number) => string;
      curveLegend: string;
      barsLegend: string;
      paretoLine: string;
      noRevenue: string;
    };

    whitespace: {
      title: string;
      intro: string;
      caption: string;
      legend: string;
      cell: Labels<typeof cellKinds>;
      cellHelp: Labels<typeof cellKinds>;
      whitespace: string;
      whitespaceHelp: string;
      noFamily: string;
      family: string;
      offering: string;
      totalAccounts: (kind: string) => string;
      proposedBy: (titles: string) => string;
      noOfferings: string;
      scope: string;
    };

    kpis: {
      title: string;
      intro: string;
      rulesTitle: string;
      rules: Labels<typeof kpiStatuses>;
      status: Labels<typeof kpiStatuses>;
      gap: { readonly [K in KpiGap]: string };
      caption: string;
      elapsed: string;
      lowerIsBetter: string;
      noKpis: string;
    };

    actions: {
      title: string;
      intro: string;
      overdue: string;
      dueSoon: (days: number) => string;
      notAgreed: string;
      notAgreedText: string;
      all: string;
      timing: { readonly [K in ActionTiming]: string };
      daysLate: (days: number) => string;
      notAgreedFlag: string;
      noneOverdue: string;
      noneDueSoon: string;
      noneNotAgreed: string;
      noActions: string;
      captionOf: (section: string) => string;
    };
  };

  people: {
    title: string;
    intro: string;
    caption: string;
    person: string;
    count: (count: number) => string;
    empty: string;
  };

  kam: {
    actions: string;
    actionsCaption: (name: string) => string;
    noActions: string;
    contactsDue: string;
    contactsIntro: string;
    contactsCaption: (name: string) => string;
    nextContact: string;
    neverContacted: string;
    daysLate: (days: number) => string;
    uncovered: string;
    noContactsDue: string;
    plans: string;
    plansCaption: (name: string) => string;
    failingChecks: string;
    noPlans: string;
  };

  /** The search page and the search box in the header. */
  search: {
    title: string;
    intro: string;
    /** How many results a facet option has, read out with the option ({count} is the number). */
    optionResults: { one: string; many: string };
    /** Accessible name of the header's search form and of its field. */
    label: string;
    placeholder: string;
    submit: string;
    /** Says that `/` focuses the search field. */
    shortcut: string;
    filters: string;
    clearFilters: string;
    sortBy: string;
    sort: { relevance: string; name: string; completeness: string; revenue: string };
    /** Facet names, by Pagefind filter key. */
    facets: { type: string; status: string; tier: string; owner: string; industry: string; region: string; language: string };
    /** What a result is. */
    types: { plan: string; stakeholder: string; value: string; member: string };
    languages: { en: string; es: string };
    owner: string;
    /** `{term}` stands for the query. */
    empty: string;
    emptyHints: readonly string[];
    browse: string;
    devTitle: string;
    devText: string;
    noScript: string;
    unavailable: string;
    revenueNote: (currency: string) => string;
    /**
     * The phrases of the sentences indexed in place of a page's tables (`src/lib/search/prose.ts`), so
     * that a result's excerpt reads as text. Each turns one cell into a phrase; labels arrive as the
     * page shows them and are lower-cased by the caller where the language wants it mid-sentence.
     */
    prose: {
      influence: (level: string) => string;
      relationship: (strength: string) => string;
      /** Who on our side covers the person, and how often when a cadence is set. */
      coveredBy: (member: string, cadence: string | undefined) => string;
      cadence: (cadence: string) => string;
      stage: (stage: string) => string;
      owner: (member: string) => string;
      sponsor: (member: string) => string;
      baseline: (value: string) => string;
      target: (value: string) => string;
      actual: (value: string) => string;
      due: (date: string) => string;
      /** An action the client has agreed to. */
      agreed: string;
      /** A value argument's measured change, from baseline to target. */
      change: (metric: string, from: string, to: string) => string;
      worth: (amount: string) => string;
      /** A value proposition's offerings and the people it is addressed to, each a list already joined. */
      offerings: (names: string) => string;
      audience: (people: string) => string;
    };
  };

  /** The account page's record of changes, read from git at build time. */
  history: {
    title: string;
    lastUpdated: (date: string, author: string) => string;
    /** When git has no change to the account's files yet. */
    none: string;
    /** The changes left out after the newest ones; a link to the repository's history when there is one. */
    more: (count: number) => string;
    /** Why the history is missing or incomplete. */
    gap: { readonly [K in Exclude<HistoryGap, 'git-failed'>]: string };
    /** git could not read the history; `reason` is git's own words. */
    gitFailed: (reason: string) => string;
  };

  /** Plans whose next review is close or past (home page and each KAM's page). */
  reviews: {
    title: string;
    intro: (days: number) => string;
    caption: string;
    captionOf: (name: string) => string;
    when: string;
    today: string;
    inDays: (days: number) => string;
    overdue: (days: number) => string;
    /** Column of the day a review is due. */
    due: string;
    /** Beside a due day that comes from the last review going stale rather than `nextReview`. */
    staleNote: string;
    /** The account page's banner: since when the review is overdue, who owns the plan. */
    banner: (since: string, days: number) => string;
    bannerHint: string;
    /** Under `completeness.overdue: changed`: what happens to a pull request meanwhile. */
    bannerGate: string;
    /** Badge of an overdue plan in indexes and tables. */
    overdueBadge: string;
    /** Calendar feeds (iCalendar) of reviews and actions. */
    subscribe: string;
    subscribeHint: string;
    subscribeAll: string;
    subscribeOf: (name: string) => string;
  };

  /** `npm run due` and the GitHub issue it keeps. */
  due: {
    heading: (days: number, today: string) => string;
    nothing: (days: number, today: string) => string;
    overdue: (days: number) => string;
    today: string;
    inDays: (days: number) => string;
    review: string;
    noOwner: string;
    when: string;
    dueColumn: string;
    account: string;
    what: string;
    footer: string;
  };

  /** Event and feed names of the iCalendar feeds (`/calendar/…`). */
  calendar: {
    portfolioFeed: (company: string) => string;
    memberFeed: (name: string, company: string) => string;
    review: (account: string) => string;
    /** Who owns the plan; `stale` when the date is the day the last review goes stale. */
    reviewDetail: (owner: string, stale: boolean) => string;
    action: (title: string, account: string) => string;
    actionOwner: (name: string) => string;
    noOwner: string;
  };

  /** Restricted builds (`KEYPLAN_AUDIENCE`) and the client-shareable plan view. */
  trust: {
    /** The line every page of an audience build shows. */
    builtFor: (audience: string) => string;
    /** Where a value this build's audience may not see would be. */
    hidden: string;
    /** A client contact whose name this build's audience may not see. */
    hiddenPerson: string;
  };

  /** Printed pages' margins. */
  print: { asOf: (date: string) => string };
  clientView: {
    /** The link from the internal account page. */
    link: string;
    linkHint: string;
    eyebrow: string;
    preparedBy: (company: string) => string;
    accountManager: string;
    sponsor: string;
    ourTeam: (company: string) => string;
    values: string;
    actions: string;
    actionsCaption: string;
    noActions: string;
    kpis: string;
    noKpis: string;
    print: string;
    screenNote: string;
    back: (name: string) => string;
  };

  /** The browser editor at `/admin/`. */
  editor: {
    title: string;
    /** The link beside "Edit this page". */
    editInBrowser: string;
    /** Shown instead of the Markdown editor for a body with imports, JSX or expressions. */
    readOnlyBody: string;
    /** Followed by the parser's reason. */
    yamlError: string;
    /** The sign-in form used when the company runs no OAuth endpoint. */
    tokenLabel: string;
    signIn: string;
    /** Shown when the settings name no GitHub repository and no local editor runs. */
    noRepository: string;
    /** The account folder of a new plan, stakeholder map or value proposition. */
    account: {
      /** The empty choice of an account that exists. */
      choose: string;
      /** An id that is not lowercase letters, digits and hyphens. */
      badId: string;
      longId: (max: number) => string;
      /** A new account's id that an account folder already has. */
      taken: (id: string) => string;
      /** A stakeholder map for an account that has one. */
      hasMap: (name: string) => string;
      /** An id Windows reserves for devices (`con`, `nul`, …), which no file may be named. */
      reserved: (id: string) => string;
      /** A value proposition's file name that the account has already. */
      valueTaken: (id: string, account: string) => string;
      /** No account chosen or typed. */
      missing: string;
    };
    /** The live check beside an entry's form: what `check --since` will say of the account once saved. */
    feedback: {
      title: string;
      loading: string;
      /** When the account's files could not be loaded. */
      unavailable: string;
      /** A new entry whose account folder (or value proposition's file name) is not filled in yet. */
      /** A new plan or stakeholder map before its account folder is filled in. */
      chooseAccount: string;
      /** A new value proposition before its account folder and file name are filled in. */
      chooseValue: string;
      /** No errors: the pull request's gate will pass. */
      ready: string;
      /** Errors to fix before saving, so that the pull request is green. */
      blocked: (errors: number, warnings: number) => string;
      /** The plan's completeness, 0–100. */
      score: (percent: number) => string;
      /** "line 12". */
      line: (line: number) => string;
      error: string;
      warning: string;
    };
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

  /** Reasons and hints of the completeness checks (`npm run check`, the build and account pages). */
  checks: CheckStrings;
  /** Words drawn in diagrams and their text alternatives. */
  diagrams: DiagramPhrases;
  /** The sentences of a plan's history of changes (what each commit changed). */
  changes: HistoryWords;
  /** The command-line scripts' help, prompts and refusals (`npm run new`, `check`, `due`, `codeowners`). */
  cli: CliStrings;
}
