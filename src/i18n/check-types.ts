/**
 * The words of the completeness checks: for each check, the reason it gives (what was found, with the
 * values) and the hint (what to do). Rule ids, field names and values people wrote stay as written:
 * they arrive already quoted in backticks. `en` and `es` are both typed with it.
 */
export interface CheckStrings {
  /** `x`, `x and y`, `x, y and z`. */
  listing: (items: readonly string[]) => string;
  /** "the period (2026-01-01 to 2026-12-31)", for hints. */
  period: (start: string, end: string) => string;
  words: (count: number) => string;
  days: (count: number) => string;

  knowledge: {
    about: { industry: string; client: string; vision: string };
    /** " (its sections: `Vision`, `Commitment`)", so a misspelt heading is easy to spot. */
    found: (titles: readonly string[]) => string;
    noSection: (title: string, found: string) => string;
    addKnowledge: (knowledge: string, industry: string, client: string, min: number, industryAbout: string, clientAbout: string) => string;
    noSubsection: (section: string, title: string) => string;
    addSubsection: (title: string, min: number, about: string) => string;
    tooShort: (title: string, words: number, min: number) => string;
    writeMore: (about: string) => string;
    has: (title: string, words: number) => string;
    passed: (counts: readonly string[], min: number) => string;
    addVision: (title: string, min: number, about: string) => string;
    visionPassed: (title: string, words: number, min: number) => string;
  };

  stakeholders: {
    empty: string;
    dmu: string;
    invalid: (path: string) => string;
    fixInvalid: string;
    noMap: (path: string, lacking: string) => string;
    create: (dmu: string) => string;
    add: (dmu: string) => string;
    withoutField: (count: number, field: string) => string;
    decides: (named: string, count: number) => string;
    nobodyDecides: string;
    noDecider: (roles: string) => string;
    findDecider: string;
    backs: (named: string, count: number) => string;
    nobodyBacks: string;
    noChampion: (stances: string) => string;
    recordChampion: string;
    addWithStance: (dmu: string) => string;
    nobodyCovered: string;
    noHighInfluence: string;
    covered: (high: number) => string;
    uncovered: (index: number, id: string, name: string) => string;
    setOwner: string;
  };

  commitment: {
    noKpis: string;
    addKpis: string;
    kpiNoTarget: (index: number, name: string) => string;
    addTarget: string;
    kpisPassed: (count: number) => string;
    noActions: string;
    addActions: (period: string) => string;
    noOwner: (action: string) => string;
    addOwner: string;
    noDue: (action: string) => string;
    addDue: (period: string) => string;
    beforeStart: (start: string) => string;
    afterEnd: (end: string) => string;
    dueOutside: (index: number, due: string, side: string) => string;
    moveDue: (period: string) => string;
    actionsPassed: (count: number, period: string) => string;
    noValidation: string;
    addValidation: string;
    unknownValidator: (by: string) => string;
    useStakeholderId: string;
    validatedAfterPeriod: (date: string, end: string) => string;
    validateInPeriod: string;
    validatedAfterToday: (date: string, today: string) => string;
    setWhenValidated: string;
    validated: (id: string, name: string, date: string) => string;
  };

  freshness: {
    reviewedFuture: (reviewed: string, today: string) => string;
    writeLastReview: string;
    stale: (reviewed: string, age: number, today: string, limit: number) => string;
    nextPast: (nextReview: string, late: number, today: string, staleAlso: string) => string;
    alsoStale: (reviewed: string, age: number, limit: number) => string;
    holdReview: string;
    review: string;
    noNext: string;
    next: (nextReview: string) => string;
    passed: (reviewed: string, age: number, limit: number, next: string) => string;
  };

  /** Appended to a freshness message: why an overdue plan is an error or only a warning. */
  overdue: { warn: string; touched: string; untouched: string };

  placeholders: {
    naming: (words: readonly string[]) => string;
    heading: (heading: string, naming: string) => string;
    giveTitle: string;
    body: (naming: string) => string;
    write: string;
    isPlaceholder: (field: string, value: string) => string;
    holds: (field: string, naming: string, value: string) => string;
    writeValue: string;
    passed: (documents: number) => string;
  };

  selection: {
    passed: string;
    scale: string;
    none: string;
    addSelection: (scale: string) => string;
    missing: (paths: string) => string;
    addMissing: (count: number, scale: string) => string;
  };

  team: {
    noSponsor: string;
    addSponsor: string;
    sponsorIsOwner: (id: string) => string;
    nameSponsor: string;
    sponsored: (id: string) => string;
    spans: (count: number, functions: string) => string;
    spansNone: string;
    spansOne: (function_: string) => string;
    withoutFunction: (members: readonly string[]) => string;
    addPeople: (missingFunctions: boolean) => string;
  };

  value: {
    numbers: string;
    argue: (files: readonly string[]) => string;
    noValid: (files: string) => string;
    none: (dir: string) => string;
    add: (numbers: string) => string;
    onlyOne: (file: string) => string;
    noneOf: (count: number, files: string) => string;
    giveNumber: (numbers: string) => string;
  };

  /** Syntax errors: `detail` is the parser's own message, in English. */
  syntax: {
    noFrontmatter: string;
    tooDeep: (max: number) => string;
    mdx: (detail: string) => string;
    yamlFrontmatter: (detail: string) => string;
    yaml: (detail: string) => string;
  };

  /** A frontmatter link whose scheme runs code in the reader's browser. */
  unsafeLink: (where: string, shown: string, scheme: string) => string;

  /** A hidden path (an audience's `hide`, a plan's `confidential`) that cannot be hidden; `where` is the setting, such as `` `confidential[0]` ``. */
  hiddenPath: {
    /** `doc` is the kind of file whose required field it names. */
    required: (where: string, path: string, doc: 'plan' | 'stakeholders' | 'value') => string;
    unknown: (where: string, path: string) => string;
  };

  /** Problems with the content tree itself: files, folders and names. */
  files: {
    lineEndings: string;
    tooLarge: (chars: number, max: number, root: string) => string;
    unknownInAccount: string;
    /** `plan-1.mdx` or `stakeholders-1.mdx`: a second plan or map of one account, as the editor names one when the first exists. */
    secondCopy: (name: string, kept: string) => string;
    unknownAtRoot: (root: string) => string;
    /** What a file or folder name is an id of. */
    what: { team: string; account: string; value: string };
    duplicate: (what: string, id: string, suggestion: string) => string;
    notSlug: (what: string, id: string, suggestion: string) => string;
    deviceName: (what: string, id: string) => string;
    noSettings: (path: string) => string;
    noPlan: (id: string) => string;
    hidden: (name: string) => string;
    symlink: (target: string, outside: boolean) => string;
    encoding: (byte: string, line: number, column: number) => string;
  };

  references: {
    didYouMean: (suggestion: string) => string;
    addTeamMember: string;
    notInTeam: (field: string, id: string) => string;
    addOffering: string;
    unknownOffering: (field: string, id: string) => string;
    notInMap: (field: string, id: string) => string;
    useStakeholderId: string;
    duplicateId: (index: number, id: string) => string;
    notInThisMap: (index: number, id: string) => string;
    useOtherId: string;
    people: (count: number) => string;
    cycle: (index: number, chain: string) => string;
  };

  size: {
    method: string;
    lowerLimit: (value: number) => string;
    upperLimit: (value: number) => string;
    recommendedMinimum: (value: number) => string;
    recommendedMaximum: (value: number) => string;
    tooFew: string;
    tooMany: string;
    warning: (active: number, few: boolean, bound: string, key: string, range: string, method: string, hint: string) => string;
  };

  /** Schema errors: a field of the wrong type, value or shape. */
  schema: {
    /** How a received value is shown, by kind. */
    shown: { empty: string; list: string; mapping: string };
    /** What a received value is, by kind: "the text \"20%\"", "number 7". */
    got: { empty: string; list: string; mapping: string; text: (shown: string) => string; other: (type: string, shown: string) => string };
    expected: Readonly<Record<string, string>>;
    formats: Readonly<Record<string, string>>;
    required: (field: string, expected: string) => string;
    unitHint: (number: string) => string;
    wrongType: (field: string, expected: string, got: string) => string;
    /** A field of fixed values that is missing: the values it may take. */
    requiredOneOf: (field: string, values: string) => string;
    oneOf: (field: string, values: string, got: string) => string;
    didYouMean: (suggestion: string) => string;
    unknownField: (key: string, parent: string | undefined) => string;
    removeUnknown: string;
    notEmpty: (field: string) => string;
    atLeast: (value: string) => string;
    atMost: (value: string) => string;
    bounded: (field: string, bound: string, got: string) => string;
    scores: string;
    format: (field: string, format: string, got: string) => string;
    other: (field: string, message: string, got: string) => string;
    /** The schemas' own rules (`src/schemas`), which state them in English: what the value must be. */
    rules: { slug: string; date: string; currency: string; period: string; range: string; github: string };
  };

  /** Per-plan lines (`--verbose`) and the GitHub step summary. */
  report: {
    notScored: string;
    notScoredRow: string;
    noChecks: string;
    failing: (checks: string) => string;
    complete: string;
    title: string;
    today: (today: string) => string;
    columns: { plan: string; status: string; score: string; failing: string; level: string; where: string; message: string; rule: string };
    level: { error: string; warning: string };
  };

  /** The Markdown of `check --since`: what a change does to the plans. */
  compare: {
    notScored: string;
    notChecked: (status: string) => string;
    up: (count: number) => string;
    down: (count: number) => string;
    changed: (count: number, moves: string) => string;
    added: (count: number) => string;
    removed: (count: number) => string;
    newErrors: (count: number) => string;
    fixed: (count: number) => string;
    noChange: string;
    title: string;
    compared: (ref: string, commit: string, today: string, headline: string) => string;
    columns: {
      plan: string;
      completeness: string;
      newlyFailing: string;
      newlyPassing: string;
      failing: string;
      where: string;
      message: string;
      rule: string;
    };
    addedTitle: string;
    removedList: (plans: string) => string;
    newWarnings: (count: number) => string;
    overdue: (count: number) => string;
    overdueNote: string;
    total: (errors: number, warnings: number) => string;
  };

  /** The last line of a check run. */
  run: {
    counts: (errors: number, warnings: number) => string;
    summary: (plans: number, counts: string) => string;
    /** The summary with the run's time and day (`--verbose`). */
    timed: (summary: string, seconds: string, today: string) => string;
    /** The site build's gate. */
    contentHas: (counts: string) => string;
    fixAndBuild: string;
    /** Why the build could not check the content (a bad `KEYPLAN_TODAY`), and what to do. */
    cannotCheck: (message: string) => string;
    fixSetting: string;
    /** An unknown `KEYPLAN_AUDIENCE`. */
    audienceHint: string;
    /** Internal links of the built site that lead nowhere. */
    brokenLink: (page: string, href: string) => string;
    brokenLinks: (count: number) => string;
    fixLinks: string;
  };
}
