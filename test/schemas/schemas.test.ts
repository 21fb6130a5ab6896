import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/schemas/plan.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { stakeholdersSchema } from '../../src/schemas/stakeholders.ts';
import { teamMemberSchema } from '../../src/schemas/team.ts';
import { valueSchema } from '../../src/schemas/value.ts';
import { isRealDate } from '../../src/schemas/common.ts';
import { messagesOf, minimalFiles, withChanges } from '../helpers/content.ts';

const PLAN = 'content/accounts/acme/plan.mdx';
const MAP = 'content/accounts/acme/stakeholders.mdx';
const VALUE = 'content/accounts/acme/value/daily-replenishment.mdx';
const SCHEMA_RULES = [
  'schema',
  'reference',
  'yaml-syntax',
  'mdx-syntax',
  'frontmatter',
  'settings',
  'slug',
  'missing-plan',
  'unknown-file',
  'second-copy',
];
const errorsOf = (files: ReturnType<typeof minimalFiles>) => messagesOf(files, SCHEMA_RULES);
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return next;
};

describe('the minimal fixture', () => {
  it('is valid: no schema or reference messages', () => {
    expect(errorsOf(minimalFiles())).toEqual([]);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-45')).toBe(false);
    expect(isRealDate('26-1-1')).toBe(false);
  });

  it('converts the Date objects Astro passes back to the written form', () => {
    const parsed = planSchema.parse({
      account: 'A', status: 'draft', owner: 'ana', reviewed: new Date('2026-10-01'),
      period: { start: new Date('2026-01-01'), end: '2026-12-31' },
    });
    expect(parsed.reviewed).toBe('2026-10-01');
    expect(parsed.period.start).toBe('2026-01-01');
  });
});

describe('settings', () => {
  it('needs only `company`; everything else has a default', () => {
    const settings = settingsSchema.parse({ company: 'Acme' });
    expect(settings.locale).toBe('en');
    expect(settings.portfolio).toEqual({ recommended: [15, 35], limits: [5, 50] });
    expect(settings.completeness.staleAfterDays).toBe(120);
    expect(settings.completeness.minWords).toBe(40);
    expect(settings.completeness.require).toEqual({ active: 'all', draft: 'all', archived: [] });
    expect(settings.selection.weights.costToServe).toBe(1);
  });

  it('reports a wrong locale, a bad range and a missing settings file', () => {
    expect(errorsOf(withChanges({ 'content/settings.yaml': (text) => `${text}locale: fr\nportfolio:\n  limits: [50, 5]\n` })))
      .toMatchInlineSnapshot(`
        [
          "content/settings.yaml:7:9  error  \`locale\` must be one of \`en\`, \`es\`, got "fr". Did you mean \`en\`?  [schema]",
          "content/settings.yaml:9:11  error  \`portfolio.limits\` must be [low, high] with low ≤ high, got a list.  [schema]",
        ]
      `);
    expect(errorsOf(withChanges({ 'content/settings.yaml': null }))).toMatchInlineSnapshot(`
      [
        "content/settings.yaml:1:1  error  \`content/settings.yaml\` is missing. Create it with at least \`company: Your Company\`.  [settings]",
      ]
    `);
  });
});

describe('team', () => {
  it('parses a member', () => {
    expect(teamMemberSchema.parse({ name: 'Ana', role: 'kam' })).toEqual({ name: 'Ana', role: 'kam' });
  });

  it('reports a wrong role, a bad e-mail and an upper-case file name', () => {
    expect(
      errorsOf(
        withChanges({
          'content/team/ana-lopez.yaml': 'name: Ana López\nrole: salesperson\nemail: not-an-email\n',
          'content/team/Carlos.yaml': 'name: Carlos\nrole: kam\n',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/team/ana-lopez.yaml:2:7  error  \`role\` must be one of \`kam\`, \`sponsor\`, \`specialist\`, \`manager\`, got "salesperson".  [schema]",
        "content/team/ana-lopez.yaml:3:8  error  \`email\` must be an e-mail address such as \`name@company.com\`, got "not-an-email".  [schema]",
        "content/team/Carlos.yaml:1:1  error  The team member name \`Carlos\` is not a lowercase slug, so it cannot be an id. Rename it to \`carlos\`.  [slug]",
      ]
    `);
  });
});

describe('plan', () => {
  it('refuses a second plan or stakeholder map of one account, as the editor would name it, and only warns of other files', () => {
    const files = withChanges({
      'content/accounts/acme/stakeholders-1.mdx': '---\npeople: []\n---\n',
      'content/accounts/acme/notes.txt': 'Call them back.\n',
    });
    expect(errorsOf(files)).toEqual([
      'content/accounts/acme/notes.txt:1:1  warning  Keyplan does not read this file. An account folder holds `plan.mdx`, `stakeholders.mdx` and `value/<name>.mdx`; rename or move it.  [unknown-file]',
      'content/accounts/acme/stakeholders-1.mdx:1:1  error  An account has one `stakeholders.mdx`, and this is a second one (`stakeholders-1.mdx`, as the browser editor names a new file when the first exists): move what it holds into `stakeholders.mdx`, then delete it in git (the browser editor does not delete files).  [second-copy]',
    ]);
  });

  it('names the values a missing field of fixed values may take', () => {
    expect(errorsOf(withChanges({ [PLAN]: (text) => text.replace(/^status: active\n/m, '') }))).toEqual([
      'content/accounts/acme/plan.mdx:2:1  error  `status` is required and missing. Add it as one of `draft`, `active`, `archived`.  [schema]',
    ]);
  });

  it('requires account, status, owner, period and reviewed', () => {
    expect(planSchema.safeParse({}).success).toBe(false);
    expect(errorsOf(withChanges({ [PLAN]: '---\nstatus: draft\n---\n\n## Knowledge\n' }))).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:2:1  error  \`account\` is required and missing. Add it as text.  [schema]",
        "content/accounts/acme/plan.mdx:2:1  error  \`owner\` is required and missing. Add it as text.  [schema]",
        "content/accounts/acme/plan.mdx:2:1  error  \`period\` is required and missing. Add it as a mapping of fields.  [schema]",
        "content/accounts/acme/plan.mdx:2:1  error  \`reviewed\` is required and missing. Add it as text.  [schema]",
      ]
    `);
  });

  it('reports a wrong enum, an impossible date, a text target, a score out of range and a misspelt field, each at its line', () => {
    const files = withChanges({
      [PLAN]: (text) =>
        text
          .replace('status: active', 'status: actve')
          .replace('reviewed: 2026-10-01', 'reviewed: 2026-13-45')
          .replace('target: 97', 'target: "97%"')
          .replace('profitability: 4', 'profitability: 7')
          .replace('region: Iberia', 'regoin: Iberia'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:9  error  \`status\` must be one of \`draft\`, \`active\`, \`archived\`, got "actve". Did you mean \`active\`?  [schema]",
        "content/accounts/acme/plan.mdx:12:1  error  Unknown field \`regoin\`. Did you mean \`region\`?  [schema]",
        "content/accounts/acme/plan.mdx:16:11  error  \`reviewed\` must be a real calendar date written YYYY-MM-DD, e.g. 2026-03-31, got "2026-13-45".  [schema]",
        "content/accounts/acme/plan.mdx:23:36  error  \`selection.attractiveness.profitability\` must be at most 5, got 7. Scores go from 1 to 5, where 5 is always good for us.  [schema]",
        "content/accounts/acme/plan.mdx:35:13  error  \`kpis[0].target\` must be a number, got the text "97%". Write the number alone (97) and put the unit in \`unit\`.  [schema]",
      ]
    `);
  });

  it('reports an unknown owner, sponsor, team member, offering and client validator', () => {
    const files = withChanges({
      [PLAN]: (text) =>
        replace('owner: ana-lopez\nsponsor: ben-okafor', 'owner: anna-lopez\nsponsor: nobody')(text)
          .replace('current: [warehousing]', 'current: [warehouse]')
          .replace('by: maria-garcia', 'by: maria-garzia'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:4:8  error  \`owner\` \`anna-lopez\` is not in the team. Did you mean \`ana-lopez\`?  [reference]",
        "content/accounts/acme/plan.mdx:5:10  error  \`sponsor\` \`nobody\` is not in the team. Use the file name (without \`.yaml\`) of a person in \`content/team/\`, or add that person there.  [reference]",
        "content/accounts/acme/plan.mdx:29:13  error  \`offerings.current[0]\` names the offering \`warehouse\`, which \`content/settings.yaml\` does not list. Did you mean \`warehousing\`?  [reference]",
        "content/accounts/acme/plan.mdx:45:7  error  \`clientValidation.by\` is \`maria-garzia\`, who is not in this account's stakeholder map. Use the \`id\` of a person in \`stakeholders.mdx\`.  [reference]",
      ]
    `);
  });

  it('reports invalid YAML and invalid MDX with their positions', () => {
    expect(errorsOf(withChanges({ [PLAN]: replace('industry: Food retail', 'industry: [Food retail') }))).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:12:1  error  Invalid YAML in the frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ].  [yaml-syntax]",
      ]
    `);
    expect(errorsOf(withChanges({ [PLAN]: (text) => `${text}\nMargins are <5% of sales.\n` }))).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:67:14  error  This MDX body cannot be parsed: Unexpected character \`5\` (U+0035) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`. In MDX, a bare \`<\` or \`{\` starts code: write it as \`\\<\` or \`\\{\`, and close every tag.  [mdx-syntax]",
      ]
    `);
  });

  it('reports an account folder without a plan', () => {
    expect(errorsOf(withChanges({ [PLAN]: null }))).toMatchInlineSnapshot(`
      [
        "content/accounts/acme:1:1  error  The account folder \`acme\` has no \`plan.mdx\`. Every account needs a plan: run \`npm run new -- account "<Client name>"\` or add the file.  [missing-plan]",
      ]
    `);
  });
});

describe('stakeholders', () => {
  it('parses a map', () => {
    expect(stakeholdersSchema.parse({ people: [{ id: 'a', name: 'A' }] }).people).toHaveLength(1);
  });

  it('reports a wrong stance, an impossible date, duplicate ids, a reporting cycle and an unknown owner', () => {
    const files = withChanges({
      [MAP]: (text) =>
        replace('stance: supporter', 'stance: fan')(text)
          .replace('owner: ana-lopez', 'owner: someone')
          .replace('reportsTo: maria-garcia', 'reportsTo: maria-garcia\n    lastContact: 2026-02-30') +
        '',
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:8:13  error  \`people[0].stance\` must be one of \`champion\`, \`supporter\`, \`neutral\`, \`skeptic\`, \`blocker\`, got "fan".  [schema]",
        "content/accounts/acme/stakeholders.mdx:19:18  error  \`people[1].lastContact\` must be a real calendar date written YYYY-MM-DD, e.g. 2026-03-31, got "2026-02-30".  [schema]",
      ]
    `);
    const duplicate = withChanges({ [MAP]: replace('id: sean-obrien', 'id: maria-garcia') });
    expect(errorsOf(duplicate)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:14:9  error  \`people[1].id\` \`maria-garcia\` is used twice in this map. Give each person a unique id.  [reference]",
      ]
    `);
    const cycle = withChanges({ [MAP]: replace('owner: ben-okafor', 'owner: ben-okafor\n    reportsTo: sean-obrien') });
    expect(errorsOf(cycle)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:12:16  error  \`people[0].reportsTo\` makes a reporting cycle: \`maria-garcia\` → \`sean-obrien\` → \`maria-garcia\`. Someone in this chain must report to a person outside it, or to nobody.  [reference]",
        "content/accounts/acme/stakeholders.mdx:19:16  error  \`people[1].reportsTo\` makes a reporting cycle: \`sean-obrien\` → \`maria-garcia\` → \`sean-obrien\`. Someone in this chain must report to a person outside it, or to nobody.  [reference]",
      ]
    `);
  });
});

describe('value proposition', () => {
  it('parses a proposition', () => {
    expect(valueSchema.parse({ title: 'T', status: 'draft' }).arguments).toEqual([]);
  });

  it('reports a wrong kind, an unknown audience and an unknown offering', () => {
    const files = withChanges({
      [VALUE]: (text) =>
        replace('kind: cost', 'kind: savings')(text).replace('audience: [maria-garcia]', 'audience: [pedro]').replace('offerings: [warehousing, transport]', 'offerings: [warehousing, trucks]'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/value/daily-replenishment.mdx:7:11  error  \`arguments[0].kind\` must be one of \`cost\`, \`revenue\`, \`risk\`, \`performance\`, \`experience\`, got "savings".  [schema]",
      ]
    `);
  });
});
