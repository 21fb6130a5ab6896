import type { CheckStrings } from './check-types.ts';

const listing = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
const count = (value: number, word: string, plural = `${word}s`) => `${value} ${value === 1 ? word : plural}`;

export const checksEn: CheckStrings = {
  listing,
  period: (start, end) => `the period (${start} to ${end})`,
  words: (value) => count(value, 'word'),
  days: (value) => count(value, 'day'),

  knowledge: {
    about: {
      industry: "the client's industry (its market, trends and pressures)",
      client: "the state of the client's business (its competitive advantages, main problems, competitors and history with us)",
      vision: "how our offering improves the client's business (a business vision, not a catalogue)",
    },
    found: (titles) =>
      titles.length ? ` (its sections: ${titles.map((title) => `\`${title}\``).join(', ')})` : ' (its body has no `##` sections)',
    noSection: (title, found) => `The plan has no \`${title}\` section${found}.`,
    addKnowledge: (knowledge, industry, client, min, industryAbout, clientAbout) =>
      `Add \`## ${knowledge}\` with a \`### ${industry}\` and a \`### ${client}\` subsection of at least ${min} words each, on ${industryAbout} and on ${clientAbout}.`,
    noSubsection: (section, title) => `\`${section}\` has no \`${title}\` subsection.`,
    addSubsection: (title, min, about) => `Add \`### ${title}\` under it with at least ${min} words on ${about}.`,
    tooShort: (title, words, min) => `${title} has ${count(words, 'word')}; at least ${min} are needed.`,
    writeMore: (about) => `Write more on ${about}.`,
    has: (title, words) => `\`${title}\` has ${count(words, 'word')}`,
    passed: (counts, min) => `${counts.join(' and ')} (at least ${min} each).`,
    addVision: (title, min, about) => `Add \`## ${title}\` with at least ${min} words on ${about}.`,
    visionPassed: (title, words, min) => `\`${title}\` has ${count(words, 'word')} (at least ${min}).`,
  },

  stakeholders: {
    empty: 'The stakeholder map lists nobody under `people`.',
    dmu: "the client's decision-making unit under `people:` (who decides, who influences, who uses, who blocks)",
    invalid: (path) => `\`${path}\` has errors, so its people could not be checked.`,
    fixInvalid: 'Fix the errors reported for that file.',
    noMap: (path, lacking) => `The account has no stakeholder map (\`${path}\`), so ${lacking}.`,
    create: (dmu) => `Create it with ${dmu}.`,
    add: (dmu) => `Add ${dmu}.`,
    withoutField: (value, field) => `${value} ${value === 1 ? 'person' : 'people'} without \`${field}\``,
    decides: (named) => `Decides: ${named}.`,
    nobodyDecides: 'nobody is known to decide',
    noDecider: (roles) => `Nobody in the stakeholder map is a \`decision-maker\` or an \`economic-buyer\` (roles found: ${roles}).`,
    findDecider: 'Find out who decides and who holds the budget, add them to `people:` and set their `buyingRole:`.',
    backs: (named) => `Backs us: ${named}.`,
    nobodyBacks: 'nobody is known to back us',
    noChampion: (stances) => `Nobody in the stakeholder map is a \`champion\` or a \`supporter\` (stances found: ${stances}).`,
    recordChampion:
      'Record the stance of the person who backs us inside the client (`stance: supporter` or `champion`); if nobody does yet, make winning one an action of the plan.',
    addWithStance: (dmu) => `Add ${dmu}, with the \`stance\` of each person towards us.`,
    nobodyCovered: 'nobody of high influence is known to be covered',
    noHighInfluence: 'Nobody in the map has `influence: high`.',
    covered: (high) => `${high === 1 ? 'The high-influence person has' : `All ${high} high-influence people have`} an owner on our team.`,
    uncovered: (index, id, name) => `\`people[${index}]\` (\`${id}\`, ${name}) has high influence and no \`owner\` on our team.`,
    setOwner: 'Set `owner:` to the team id of the person who covers them.',
  },

  commitment: {
    noKpis: 'The plan has no `kpis`.',
    addKpis: 'Add `kpis:` with at least one indicator agreed with the client, each with a `name` and a `target`.',
    kpiNoTarget: (index, name) => `\`kpis[${index}]\` ("${name}") has no \`target\`.`,
    addTarget: 'Add `target:` with the value to reach by the end of the period.',
    kpisPassed: (value) => `${count(value, 'KPI')}, each with a target.`,
    noActions: 'The plan has no `actions`.',
    addActions: (period) =>
      `Add \`actions:\` with the commitments for the period agreed with our team and the client, each with an \`owner\` and a \`due\` date inside ${period}.`,
    noOwner: (action) => `${action} has no \`owner\`.`,
    addOwner: 'Add `owner:` with the team id of the person responsible.',
    noDue: (action) => `${action} has no \`due\` date.`,
    addDue: (period) => `Add \`due:\` with a date inside ${period}.`,
    beforeStart: (start) => `before the period starts (${start})`,
    afterEnd: (end) => `after the period ends (${end})`,
    dueOutside: (index, due, side) => `\`actions[${index}].due\` is ${due}, ${side}.`,
    moveDue: (period) => `Move the date inside ${period}, or move the action to the plan of the period it belongs to.`,
    actionsPassed: (value, period) => `${count(value, 'action')}, each with an owner and a due date inside ${period}.`,
    noValidation: 'The plan has no `clientValidation`: no one at the client has reviewed it and committed to it.',
    addValidation:
      'Review the plan with the client, then add `clientValidation:` with `by:` (the stakeholder id of that person) and `date:`. A plan the client has not seen and committed to is not finished.',
    unknownValidator: (by) => `\`clientValidation.by\` is \`${by}\`, who is not in this account's stakeholder map.`,
    useStakeholderId: 'Use the `id` of a person in `stakeholders.mdx`.',
    validatedAfterPeriod: (date, end) => `\`clientValidation.date\` is ${date}, after the period ends (${end}).`,
    validateInPeriod:
      "The client commits to a plan during its period or before it starts: validate this period's plan with the client and set that date.",
    validatedAfterToday: (date, today) =>
      `\`clientValidation.date\` is ${date}, after today (${today}): the validation has not happened yet.`,
    setWhenValidated: 'Set the date once the client has reviewed the plan and committed to it.',
    validated: (id, name, date) => `Validated by \`${id}\` (${name}) on ${date}.`,
  },

  freshness: {
    reviewedFuture: (reviewed, today) => `\`reviewed\` is ${reviewed}, after today (${today}).`,
    writeLastReview: 'Write the date of the last review that took place; a planned one goes in `nextReview`.',
    stale: (reviewed, age, today, limit) =>
      `\`reviewed\` is ${reviewed}, ${count(age, 'day')} before today (${today}); a plan goes stale after ${limit}.`,
    nextPast: (nextReview, late, today, staleAlso) =>
      `\`nextReview\` is ${nextReview}, ${count(late, 'day')} past (today is ${today})${staleAlso}.`,
    alsoStale: (reviewed, age, limit) => `, and \`reviewed\` is ${reviewed}, ${count(age, 'day')} ago (stale after ${limit})`,
    holdReview: 'Hold the review, then set `reviewed:` to its date and `nextReview:` to the next one.',
    review: 'Review the plan with the account team, update what changed and set `reviewed:` to the date of that review.',
    noNext: 'no `nextReview` set',
    next: (nextReview) => `next review ${nextReview}`,
    passed: (reviewed, age, limit, next) => `Reviewed ${reviewed}, ${count(age, 'day')} ago (stale after ${limit}); ${next}.`,
  },

  overdue: {
    warn: ' (A warning: `completeness.overdue` is `warn`.)',
    touched: ' This change touches the account, so it must bring the review up to date (`completeness.overdue: changed`).',
    untouched:
      ' A warning for now: a pull request that changes this account must bring the review up to date (`completeness.overdue: changed`).',
  },

  placeholders: {
    naming: (words) => `the placeholder${words.length > 1 ? 's' : ''} ${listing(words.map((word) => `\`${word}\``))}`,
    heading: (heading, naming) => `The heading \`${heading}\` holds ${naming}.`,
    giveTitle: 'Give the section its real title.',
    body: (naming) => `The body still holds ${naming}.`,
    write: 'Write the missing content in its place.',
    isPlaceholder: (field, value) => `${field} is the placeholder \`${value}\`.`,
    holds: (field, naming, value) => `${field} holds ${naming}: ${value}.`,
    writeValue: 'Write the real value, or remove the field if it is optional.',
    passed: (documents) => `No placeholder in ${count(documents, 'document')} of the account.`,
  },

  selection: {
    passed: 'All six selection scores and `coInvestment` are given.',
    scale:
      'scored from 1 to 5, where 5 is always good for us (`costToServe: 5` means cheap to serve): the scores place the account in the selection matrix.',
    none: 'The plan has no `selection` scores.',
    addSelection: (scale) =>
      `Add \`selection:\` with \`attractiveness\` (\`profitability\`, \`growth\`, \`strategicValue\`), \`position\` (\`customerKnowledge\`, \`brandImage\`, \`costToServe\`) and \`coInvestment\`, each ${scale}`,
    missing: (paths) => `\`selection\` is missing ${paths}.`,
    addMissing: (value, scale) => `${value === 1 ? 'Add it,' : 'Add them, each'} ${scale}`,
  },

  team: {
    noSponsor: 'The plan has no `sponsor`.',
    addSponsor: 'Add `sponsor:` with the team id of the executive on our side who backs the account (a person in `content/team/`).',
    sponsorIsOwner: (id) => `\`sponsor\` is \`${id}\`, who is also the plan's \`owner\`.`,
    nameSponsor: 'The executive sponsor backs the KAM from above: name a manager or executive of our company.',
    sponsored: (id) => `Sponsored by \`${id}\`.`,
    spans: (value, functions) => `The account team spans ${count(value, 'function')}: ${functions}.`,
    spansNone: 'The account team spans no function.',
    spansOne: (name) => `The account team spans one function: ${name}.`,
    withoutFunction: (members) =>
      ` ${listing(members)} ${members.length === 1 ? 'has' : 'have'} no \`function\` in \`content/team/\`, so ${members.length === 1 ? 'it does' : 'they do'} not count.`,
    addPeople: (missingFunctions) =>
      'Add people from other functions (logistics, finance, engineering, ...) to `team:`, so that each function of the client has a counterpart on our side' +
      (missingFunctions ? ', and set the missing `function:`.' : '.'),
  },

  value: {
    numbers: 'a `value.amount` (what it is worth to the client), or a `baseline` and a `target`',
    argue: (files) => `${listing(files)} ${files.length === 1 ? 'argues' : 'argue'} with numbers.`,
    noValid: (files) => `The account has no valid value proposition: ${files} could not be read.`,
    none: (dir) => `The account has no value proposition (no file in \`${dir}value/\`).`,
    add: (numbers) =>
      `Add \`value/<name>.mdx\`: a vision of the client's business with our offering, and arguments with numbers: ${numbers}.`,
    onlyOne: (file) => `The account's only value proposition, ${file}, has no argument with a number.`,
    noneOf: (value, files) => `None of the account's ${value} value propositions (${files}) has an argument with a number.`,
    giveNumber: (numbers) => `Give at least one argument ${numbers}, so our contact can sell the proposal inside the client.`,
  },
  syntax: {
    noFrontmatter: 'This file has no frontmatter. Start it with a `---` line, the fields in YAML, and another `---` line.',
    tooDeep: (max) =>
      `This body nests blocks more than ${max} levels deep (quotes or lists inside each other); Keyplan builds bodies nested up to ${max} levels. Flatten it.`,
    mdx: (detail) =>
      `This MDX body cannot be parsed: ${detail}. In MDX, a bare \`<\` or \`{\` starts code: write it as \`\\<\` or \`\\{\`, and close every tag.`,
    yamlFrontmatter: (detail) => `Invalid YAML in the frontmatter: ${detail}.`,
    yaml: (detail) => `Invalid YAML: ${detail}.`,
  },

  unsafeLink: (where, shown, scheme) =>
    `${where} is a \`${scheme}:\` URL (${shown}). A \`${scheme}:\` link can run code or load a forged page in the reader's browser, so Keyplan refuses it. Link to an \`https:\` address or a page of the site instead.`,

  hiddenPath: {
    required: (where, path, doc) =>
      `${where}: \`${path}\` is a required field of the ${{ plan: 'plan', value: 'value proposition', stakeholders: 'stakeholder map' }[doc]}: pages need it, so it cannot be hidden. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.`,
    unknown: (where, path) =>
      `${where}: \`${path}\` names no field of a plan, a stakeholder map or a value proposition. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.`,
  },

  files: {
    lineEndings:
      'This file ends its lines with a carriage return alone (CR, as some old Mac editors save), which the site build cannot read. Save it with LF (or CRLF) line endings.',
    tooLarge: (chars, max, root) =>
      `This file has ${chars.toLocaleString('en')} characters; Keyplan reads content files of up to ${max.toLocaleString('en')}. A plan is a few thousand: move long material (exports, data, images) out of \`${root}/\` and link to it.`,
    unknownInAccount:
      'Keyplan does not read this file. An account folder holds `plan.mdx`, `stakeholders.mdx` and `value/<name>.mdx`; rename or move it.',
    secondCopy: (name, kept) =>
      `An account has one \`${kept}\`, and this is a second one (\`${name}\`, as the browser editor names a new file when the first exists): move what it holds into \`${kept}\`, then delete it in git (the browser editor does not delete files).`,
    unknownAtRoot: (root) =>
      `Keyplan does not read this file. \`${root}/\` holds \`settings.yaml\`, \`team/<id>.yaml\` and \`accounts/<id>/\`.`,
    what: { team: 'team member', account: 'account folder', value: 'value proposition file' },
    duplicate: (what, id, suggestion) =>
      `The ${what} name \`${id}\` differs from \`${suggestion}\` only in letter case or accents. On macOS and Windows they are the same name, so one would silently replace the other, and ids are lowercase. Merge \`${id}\` into \`${suggestion}\` and delete it.`,
    notSlug: (what, id, suggestion) =>
      `The ${what} name \`${id}\` is not a lowercase slug, so it cannot be an id. Rename it to \`${suggestion || 'a-lowercase-name'}\`.`,
    deviceName: (what, id) =>
      `The ${what} name \`${id}\` is a name Windows keeps for a device, so this cannot be checked out on Windows. Rename it, for example to \`${id}-1\`.`,
    noSettings: (path) => `\`${path}\` is missing. Create it with at least \`company: Your Company\`.`,
    noPlan: (id) =>
      `The account folder \`${id}\` has no \`plan.mdx\`. Every account needs a plan: run \`npm run new -- account "<Client name>"\` or add the file.`,
    hidden: (name) =>
      `\`${name}\` is a hidden file (its name starts with a dot), so it is not a plan, map or proposition and Keyplan does not read it. Rename it to a lowercase slug, such as \`value-proposition.mdx\`, or delete it.`,
    symlink: (target, outside) =>
      `This is a symbolic link to \`${target}\`${outside ? ', outside the content folder' : ''}. Keyplan does not follow links, because the site would publish whatever they point to. Replace the link with the file itself.`,
    encoding: (byte, line, column) =>
      `This file is not UTF-8 text: byte 0x${byte} at line ${line}, column ${column} is not valid UTF-8. Content files must be UTF-8; save the file again as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252, or it is not a text file).`,
  },

  references: {
    didYouMean: (suggestion) => ` Did you mean \`${suggestion}\`?`,
    addTeamMember: ' Use the file name (without `.yaml`) of a person in `content/team/`, or add that person there.',
    notInTeam: (field, id) => `${field} \`${id}\` is not in the team.`,
    addOffering: ' Add it to `offerings` in `content/settings.yaml` or fix the id.',
    unknownOffering: (field, id) => `${field} names the offering \`${id}\`, which \`content/settings.yaml\` does not list.`,
    notInMap: (field, id) => `${field} is \`${id}\`, who is not in this account's stakeholder map.`,
    useStakeholderId: ' Use the `id` of a person in `stakeholders.mdx`.',
    duplicateId: (index, id) => `\`people[${index}].id\` \`${id}\` is used twice in this map. Give each person a unique id.`,
    notInThisMap: (index, id) => `\`people[${index}].reportsTo\` is \`${id}\`, who is not in this map.`,
    useOtherId: ' Use the `id` of another person in this file.',
    people: (value) => `${value} people`,
    cycle: (index, chain) =>
      `\`people[${index}].reportsTo\` makes a reporting cycle: ${chain}. Someone in this chain must report to a person outside it, or to nobody.`,
  },

  size: {
    method:
      'Key accounts are the few clients (the ~20% that bring ~80% of sales) whose loss or growth changes our results: ' +
      'the method recommends 15 to 35, with 5 and 50 as the extreme limits and no more than ~10 for a small company.',
    lowerLimit: (value) => `lower limit of ${value}`,
    upperLimit: (value) => `upper limit of ${value}`,
    recommendedMinimum: (value) => `recommended minimum of ${value}`,
    recommendedMaximum: (value) => `recommended maximum of ${value}`,
    tooFew: 'Check whether clients that matter that much lack a plan or have one still in `draft`.',
    tooMany: 'Keep active plans for the clients that really change our results and set the others to `status: archived`.',
    warning: (active, few, bound, key, range, method, hint) =>
      `The portfolio has ${active} active ${active === 1 ? 'plan' : 'plans'}, ${few ? 'fewer' : 'more'} than the ${bound} (\`portfolio.${key}\`: ${range}). ${method} ${hint} If the range does not fit the company, change \`portfolio.${key}\` in \`settings.yaml\`.`,
  },

  schema: {
    shown: { empty: 'null (an empty value)', list: 'a list', mapping: 'a mapping of fields' },
    got: {
      empty: 'an empty value',
      list: 'a list',
      mapping: 'a mapping of fields',
      text: (shown) => `the text ${shown}`,
      other: (type, shown) => `${type} ${shown}`,
    },
    expected: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: '`true` or `false`',
      array: 'a list',
      object: 'a mapping of fields',
    },
    formats: { email: 'an e-mail address such as `name@company.com`', url: 'a full web address starting with `https://`' },
    required: (field, expected) => `${field} is required and missing. Add it as ${expected}.`,
    unitHint: (number) => ` Write the number alone (${number}) and put the unit in \`unit\`.`,
    wrongType: (field, expected, got) => `${field} must be ${expected}, got ${got}.`,
    requiredOneOf: (field, values) => `${field} is required and missing. Add it as one of ${values}.`,
    oneOf: (field, values, got) => `${field} must be one of ${values}, got ${got}.`,
    didYouMean: (suggestion) => ` Did you mean \`${suggestion}\`?`,
    unknownField: (key, parent) => `Unknown field \`${key}\`${parent ? ` in \`${parent}\`` : ''}.`,
    removeUnknown: ' Remove it or check its spelling against the schema.',
    notEmpty: (field) => `${field} must not be empty. Write a value or remove the field.`,
    atLeast: (value) => `at least ${value}`,
    atMost: (value) => `at most ${value}`,
    bounded: (field, bound, got) => `${field} must be ${bound}, got ${got}.`,
    scores: ' Scores go from 1 to 5, where 5 is always good for us.',
    format: (field, format, got) => `${field} must be ${format}, got ${got}.`,
    other: (field, message, got) => `${field} ${message}, got ${got}.`,
    rules: {
      slug: 'must be a lowercase slug (letters, digits and hyphens, e.g. `laura-gomez`)',
      date: 'must be a real calendar date written YYYY-MM-DD, e.g. 2026-03-31',
      currency: 'must be a three-letter ISO 4217 currency code in capitals, e.g. EUR',
      period: 'period.end must not be before period.start',
      range: 'must be [low, high] with low ≤ high',
      github: 'must be a GitHub username such as `laura-gomez`: letters, digits and single hyphens, written without `@`',
    },
  },

  report: {
    notScored: 'not scored: its plan is missing or has errors',
    notScoredRow: 'not scored: the plan is missing or has errors',
    noChecks: 'no checks required',
    failing: (checks) => `failing: ${checks}`,
    complete: 'complete',
    title: 'Keyplan check',
    today: (today) => `today: ${today}`,
    columns: {
      plan: 'Plan',
      status: 'Status',
      score: 'Score',
      failing: 'Failing checks',
      level: 'Level',
      where: 'Where',
      message: 'Message',
      rule: 'Rule',
    },
    level: { error: 'error', warning: 'warning' },
  },

  compare: {
    notScored: 'not scored',
    notChecked: (status) => `${status}, not checked`,
    up: (value) => `${value} up`,
    down: (value) => `${value} down`,
    changed: (value, moves) => `${count(value, 'plan')} changed${moves ? ` (${moves})` : ''}`,
    added: (value) => `${count(value, 'plan')} added`,
    removed: (value) => `${count(value, 'plan')} removed`,
    newErrors: (value) => (value ? count(value, 'new error') : 'no new errors'),
    fixed: (value) => `${count(value, 'error')} fixed`,
    noChange: 'No plan’s completeness changed',
    title: 'Keyplan: what this change does to the plans',
    compared: (ref, commit, today, headline) => `Compared with \`${ref}\`${commit}, both judged on ${today}. **${headline}**`,
    columns: {
      plan: 'Plan',
      completeness: 'Completeness',
      newlyFailing: 'Newly failing',
      newlyPassing: 'Newly passing',
      failing: 'Failing checks',
      where: 'Where',
      message: 'Message',
      rule: 'Rule',
    },
    addedTitle: 'Added',
    removedList: (plans) => `**Removed**: ${plans}.`,
    newWarnings: (value) => count(value, 'new warning'),
    overdue: (value) => `${count(value, 'plan')} overdue for review`,
    overdueNote: 'Warnings here: this change does not touch them. A change to one of these accounts must bring its review up to date.',
    total: (errors, warnings) => `The content as changed has ${count(errors, 'error')} and ${count(warnings, 'warning')} in all.`,
  },

  run: {
    counts: (errors, warnings) => `${count(errors, 'error')}, ${count(warnings, 'warning')}`,
    summary: (plans, counts) => `${count(plans, 'plan')} checked, ${counts}`,
    timed: (summary, seconds, today) => `${summary} in ${seconds} s (today: ${today}).`,
    contentHas: (counts) => `the content has ${counts}`,
    fixAndBuild: 'Fix the errors above and build again; nothing was built.',
    cannotCheck: (message) => `Keyplan could not check the content: ${message}`,
    fixSetting: 'Fix the setting named above and build again.',
    audienceHint: 'Set `KEYPLAN_AUDIENCE` to an audience of `settings.yaml`, or leave it unset for the full site.',
    brokenLink: (page, href) => `  ${page}  links to \`${href}\`, which is no page or file of the site.`,
    brokenLinks: (value) => `${count(value, 'broken internal link')}`,
    fixLinks: 'Fix the links above (in the MDX body or the page that writes them) and build again.',
  },
};
