import { describe, expect, it } from 'vitest';
import { edits, linesOf, minimalFiles, PLAN, replace, resultOf, withChanges } from './helpers.ts';

const ONLY_KAM = replace('  - member: ben-okafor\n    role: Executive sponsor\n', '');

describe('sponsor', () => {
  it('passes with a sponsor', () => {
    expect(resultOf(minimalFiles(), 'sponsor')).toMatchObject({ passed: true, reason: 'Sponsored by `ben-okafor`.' });
  });

  it('fails without one, at the `status` key that makes it required', () => {
    const files = withChanges({ [PLAN]: replace('sponsor: ben-okafor\n', '') });
    expect(linesOf(files, 'sponsor')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The plan has no \`sponsor\`. Add \`sponsor:\` with the team id of the executive on our side who backs the account (a person in \`content/team/\`).  [sponsor]",
      ]
    `);
  });

  it('fails when the KAM sponsors their own plan', () => {
    const files = withChanges({ [PLAN]: replace('sponsor: ben-okafor', 'sponsor: ana-lopez') });
    expect(linesOf(files, 'sponsor')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:5:10  error  \`sponsor\` is \`ana-lopez\`, who is also the plan's \`owner\`. The executive sponsor backs the KAM from above: name a manager or executive of our company.  [sponsor]",
      ]
    `);
  });
});

describe('team', () => {
  it('passes when the owner and the team span two functions', () => {
    expect(resultOf(minimalFiles(), 'team')).toMatchObject({
      passed: true,
      reason: 'The account team spans 2 functions: Sales (`ana-lopez`) and Operations (`ben-okafor`).',
    });
  });

  it('counts the owner even when `team` does not list them', () => {
    const files = withChanges({ [PLAN]: replace('  - member: ana-lopez\n    role: KAM\n', '') });
    expect(resultOf(files, 'team').passed).toBe(true);
  });

  it('does not count the sponsor unless `team` lists them', () => {
    const files = withChanges({ [PLAN]: ONLY_KAM });
    expect(linesOf(files, 'team')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:6:1  error  The account team spans one function: Sales (\`ana-lopez\`). Add people from other functions (logistics, finance, engineering, ...) to \`team:\`, so that each function of the client has a counterpart on our side.  [team]",
      ]
    `);
  });

  it('compares functions without case and names members without a function', () => {
    const files = withChanges({
      [PLAN]: edits(
        ONLY_KAM,
        replace('team:\n', 'team:\n  - member: carla-diaz\n    role: Analyst\n  - member: dan-wu\n    role: Engineer\n'),
      ),
      'content/team/carla-diaz.yaml': 'name: Carla Díaz\nrole: specialist\nfunction: sales\n',
      'content/team/dan-wu.yaml': 'name: Dan Wu\nrole: specialist\n',
    });
    expect(linesOf(files, 'team')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:6:1  error  The account team spans one function: Sales (\`ana-lopez\`, \`carla-diaz\`). \`dan-wu\` has no \`function\` in \`content/team/\`, so it does not count. Add people from other functions (logistics, finance, engineering, ...) to \`team:\`, so that each function of the client has a counterpart on our side, and set the missing \`function:\`.  [team]",
      ]
    `);
  });
});

describe('kpis', () => {
  it('passes with KPIs that all have a target', () => {
    expect(resultOf(minimalFiles(), 'kpis')).toMatchObject({ passed: true, reason: '1 KPI, each with a target.' });
  });

  it('fails for each KPI without a target, at that KPI', () => {
    const files = withChanges({
      [PLAN]: replace('    target: 97\n', '    target: 97\n  - name: Share of wallet\n    unit: "%"\n'),
    });
    expect(linesOf(files, 'kpis')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:36:5  error  \`kpis[1]\` ("Share of wallet") has no \`target\`. Add \`target:\` with the value to reach by the end of the period.  [kpis]",
      ]
    `);
  });

  it('fails without KPIs', () => {
    const files = withChanges({ [PLAN]: replace(/kpis:\n(?: {2,}.*\n)+/, '') });
    expect(linesOf(files, 'kpis')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The plan has no \`kpis\`. Add \`kpis:\` with at least one indicator agreed with the client, each with a \`name\` and a \`target\`.  [kpis]",
      ]
    `);
  });
});

describe('actions', () => {
  it('passes with actions that have an owner and a due date inside the period', () => {
    expect(resultOf(minimalFiles(), 'actions').passed).toBe(true);
  });

  it('fails for an action without owner or due date, and for a due date outside the period', () => {
    const files = withChanges({
      [PLAN]: replace(
        '    clientAgreed: true\n',
        '    clientAgreed: true\n  - title: Quarterly business review\n  - title: Kick-off of next year\n    owner: ana-lopez\n    due: 2025-12-15\n',
      ),
    });
    expect(linesOf(files, 'actions')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:44:5  error  \`actions[1]\` ("Quarterly business review") has no \`owner\`. Add \`owner:\` with the team id of the person responsible.  [actions]",
        "content/accounts/acme/plan.mdx:44:5  error  \`actions[1]\` ("Quarterly business review") has no \`due\` date. Add \`due:\` with a date inside the period (2026-01-01 to 2026-12-31).  [actions]",
        "content/accounts/acme/plan.mdx:47:10  error  \`actions[2].due\` is 2025-12-15, before the period starts (2026-01-01). Move the date inside the period (2026-01-01 to 2026-12-31), or move the action to the plan of the period it belongs to.  [actions]",
      ]
    `);
  });

  it('fails without actions', () => {
    const files = withChanges({ [PLAN]: replace(/actions:\n(?: {2,}.*\n)+/, '') });
    expect(linesOf(files, 'actions')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The plan has no \`actions\`. Add \`actions:\` with the commitments for the period agreed with our team and the client, each with an \`owner\` and a \`due\` date inside the period (2026-01-01 to 2026-12-31).  [actions]",
      ]
    `);
  });
});

describe('client-validation', () => {
  it('passes when a person of the map validated the plan within the period', () => {
    expect(resultOf(minimalFiles(), 'client-validation')).toMatchObject({
      passed: true,
      reason: 'Validated by `maria-garcia` (María García) on 2026-10-05.',
    });
    const before = withChanges({ [PLAN]: replace('date: 2026-10-05', 'date: 2025-12-10') });
    expect(resultOf(before, 'client-validation').passed).toBe(true);
  });

  it('fails without a validation', () => {
    const files = withChanges({ [PLAN]: replace(/clientValidation:\n(?: {2,}.*\n)+/, '') });
    expect(linesOf(files, 'client-validation')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The plan has no \`clientValidation\`: no one at the client has reviewed it and committed to it. Review the plan with the client, then add \`clientValidation:\` with \`by:\` (the stakeholder id of that person) and \`date:\`. A plan the client has not seen and committed to is not finished.  [client-validation]",
      ]
    `);
  });

  it('fails when dated after the period, or after today', () => {
    const late = withChanges({
      [PLAN]: edits(replace('end: 2026-12-31', 'end: 2026-09-30'), replace(/due: 2026-1\d-\d\d/g, 'due: 2026-09-30')),
    });
    expect(linesOf(late, 'client-validation')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:46:9  error  \`clientValidation.date\` is 2026-10-05, after the period ends (2026-09-30). The client commits to a plan during its period or before it starts: validate this period's plan with the client and set that date.  [client-validation]",
      ]
    `);
    const future = withChanges({ [PLAN]: replace('date: 2026-10-05', 'date: 2026-12-01') });
    expect(linesOf(future, 'client-validation')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:46:9  error  \`clientValidation.date\` is 2026-12-01, after today (2026-11-23): the validation has not happened yet. Set the date once the client has reviewed the plan and committed to it.  [client-validation]",
      ]
    `);
  });

  it('leaves an unknown person to the reference error', () => {
    const files = withChanges({ [PLAN]: replace('by: maria-garcia', 'by: maria-gracia') });
    expect(resultOf(files, 'client-validation').passed).toBe(false);
    expect(linesOf(files, ['client-validation', 'reference'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:45:7  error  \`clientValidation.by\` is \`maria-gracia\`, who is not in this account's stakeholder map. Use the \`id\` of a person in \`stakeholders.mdx\`.  [reference]",
      ]
    `);
  });
});

describe('selection', () => {
  it('passes with all six scores and coInvestment', () => {
    expect(resultOf(minimalFiles(), 'selection').passed).toBe(true);
  });

  it('fails naming each missing score, at the nearest written key', () => {
    const files = withChanges({
      [PLAN]: edits(
        replace('  coInvestment: 4\n', ''),
        replace('position: { customerKnowledge: 4, brandImage: 3, costToServe: 3 }', 'position: { customerKnowledge: 4 }'),
      ),
    });
    expect(linesOf(files, 'selection')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:24:3  error  \`selection\` is missing \`position.brandImage\`, \`position.costToServe\` and \`coInvestment\`. Add them, each scored from 1 to 5, where 5 is always good for us (\`costToServe: 5\` means cheap to serve): the scores place the account in the selection matrix.  [selection]",
      ]
    `);
  });

  it('fails without selection scores', () => {
    const files = withChanges({ [PLAN]: replace(/selection:\n(?: {2,}.*\n)+/, '') });
    expect(linesOf(files, 'selection')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The plan has no \`selection\` scores. Add \`selection:\` with \`attractiveness\` (\`profitability\`, \`growth\`, \`strategicValue\`), \`position\` (\`customerKnowledge\`, \`brandImage\`, \`costToServe\`) and \`coInvestment\`, each scored from 1 to 5, where 5 is always good for us (\`costToServe: 5\` means cheap to serve): the scores place the account in the selection matrix.  [selection]",
      ]
    `);
  });
});

describe('freshness', () => {
  it('passes when reviewed within staleAfterDays and nextReview is not past', () => {
    expect(resultOf(minimalFiles(), 'freshness')).toMatchObject({
      passed: true,
      reason: 'Reviewed 2026-10-01, 53 days ago (stale after 120); next review 2027-01-15.',
    });
    const lastDay = withChanges({ [PLAN]: replace('reviewed: 2026-10-01', 'reviewed: 2026-07-26') });
    expect(resultOf(lastDay, 'freshness').passed).toBe(true);
    const noNext = withChanges({ [PLAN]: replace('nextReview: 2027-01-15\n', '') });
    expect(resultOf(noNext, 'freshness').passed).toBe(true);
  });

  it('fails one day after staleAfterDays, or when nextReview is past, with one message per plan', () => {
    const stale = withChanges({ [PLAN]: replace('reviewed: 2026-10-01', 'reviewed: 2026-07-25') });
    const both = withChanges({
      [PLAN]: edits(replace('reviewed: 2026-10-01', 'reviewed: 2026-07-25'), replace('nextReview: 2027-01-15', 'nextReview: 2026-11-01')),
    });
    expect([...linesOf(stale, 'freshness'), ...linesOf(both, 'freshness')]).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:16:11  warning  \`reviewed\` is 2026-07-25, 121 days before today (2026-11-23); a plan goes stale after 120. Review the plan with the account team, update what changed and set \`reviewed:\` to the date of that review. A warning for now: a pull request that changes this account must bring the review up to date (\`completeness.overdue: changed\`).  [freshness]",
        "content/accounts/acme/plan.mdx:17:13  warning  \`nextReview\` is 2026-11-01, 22 days past (today is 2026-11-23), and \`reviewed\` is 2026-07-25, 121 days ago (stale after 120). Hold the review, then set \`reviewed:\` to its date and \`nextReview:\` to the next one. A warning for now: a pull request that changes this account must bring the review up to date (\`completeness.overdue: changed\`).  [freshness]",
      ]
    `);
  });

  it('fails when reviewed is in the future', () => {
    const files = withChanges({ [PLAN]: replace('reviewed: 2026-10-01', 'reviewed: 2026-12-01') });
    expect(linesOf(files, 'freshness')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:16:11  warning  \`reviewed\` is 2026-12-01, after today (2026-11-23). Write the date of the last review that took place; a planned one goes in \`nextReview\`. A warning for now: a pull request that changes this account must bring the review up to date (\`completeness.overdue: changed\`).  [freshness]",
      ]
    `);
  });

  it('judges against the given today', () => {
    expect(resultOf(minimalFiles(), 'freshness', { today: '2027-03-01' }).passed).toBe(false);
  });
});
