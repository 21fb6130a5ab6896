import { describe, expect, it } from 'vitest';
import { edits, linesOf, MAP, minimalFiles, replace, resultOf, VALUE, withChanges } from './helpers.ts';

const NO_NUMBERS = edits(replace('    baseline: 4.1\n', ''), replace('    value: { amount: 380000, currency: EUR, per: year }\n', ''));

describe('value-proposition', () => {
  it('passes with an argument that has a value.amount, or a baseline and a target', () => {
    expect(resultOf(minimalFiles(), 'value-proposition')).toMatchObject({
      passed: true,
      reason: '`value/daily-replenishment.mdx` argues with numbers.',
    });
    const amountOnly = withChanges({ [VALUE]: edits(replace('    baseline: 4.1\n', ''), replace('    target: 3.2\n', '')) });
    expect(resultOf(amountOnly, 'value-proposition').passed).toBe(true);
    const beforeAfter = withChanges({ [VALUE]: replace('    value: { amount: 380000, currency: EUR, per: year }\n', '') });
    expect(resultOf(beforeAfter, 'value-proposition').passed).toBe(true);
  });

  it('fails when no argument has a number (a target alone is not enough), on the value file', () => {
    const files = withChanges({ [VALUE]: NO_NUMBERS });
    expect(linesOf(files, 'value-proposition')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/value/daily-replenishment.mdx:6:1  error  The account's only value proposition, \`value/daily-replenishment.mdx\`, has no argument with a number. Give at least one argument a \`value.amount\` (what it is worth to the client), or a \`baseline\` and a \`target\`, so our contact can sell the proposal inside the client.  [value-proposition]",
      ]
    `);
  });

  it('fails without any value proposition, on the plan', () => {
    const files = withChanges({ [VALUE]: null });
    expect(linesOf(files, 'value-proposition')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The account has no value proposition (no file in \`content/accounts/acme/value/\`). Add \`value/<name>.mdx\`: a vision of the client's business with our offering, and arguments with numbers: a \`value.amount\` (what it is worth to the client), or a \`baseline\` and a \`target\`.  [value-proposition]",
      ]
    `);
  });

  it('does not repeat the failure when a value file has its own errors', () => {
    const files = withChanges({ [VALUE]: replace('status: proposed', 'status: sent') });
    expect(resultOf(files, 'value-proposition').passed).toBe(false);
    expect(linesOf(files, ['value-proposition', 'schema'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/value/daily-replenishment.mdx:3:9  error  \`status\` must be one of \`draft\`, \`proposed\`, \`accepted\`, \`delivered\`, got "sent".  [schema]",
      ]
    `);
  });
});

describe('decision-maker', () => {
  it('passes with a decision-maker or an economic buyer', () => {
    expect(resultOf(minimalFiles(), 'decision-maker').passed).toBe(true);
    const files = withChanges({ [MAP]: replace('buyingRole: decision-maker', 'buyingRole: user') });
    expect(resultOf(files, 'decision-maker')).toMatchObject({ passed: true, reason: 'Decides: `sean-obrien` (economic-buyer).' });
  });

  it('fails when nobody decides, at the map’s `people` key, listing the roles found', () => {
    const files = withChanges({
      [MAP]: edits(replace('buyingRole: decision-maker', 'buyingRole: user'), replace('    buyingRole: economic-buyer\n', '')),
    });
    expect(linesOf(files, 'decision-maker')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:2:1  error  Nobody in the stakeholder map is a \`decision-maker\` or an \`economic-buyer\` (roles found: \`user\` and 1 person without \`buyingRole\`). Find out who decides and who holds the budget, add them to \`people:\` and set their \`buyingRole:\`.  [decision-maker]",
      ]
    `);
  });

  it('fails without a stakeholder map, on the plan', () => {
    const files = withChanges({ [MAP]: null });
    expect(linesOf(files, ['decision-maker', 'champion', 'coverage'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:3:1  error  The account has no stakeholder map (\`content/accounts/acme/stakeholders.mdx\`), so nobody is known to decide. Create it with the client's decision-making unit under \`people:\` (who decides, who influences, who uses, who blocks).  [decision-maker]",
        "content/accounts/acme/plan.mdx:3:1  error  The account has no stakeholder map (\`content/accounts/acme/stakeholders.mdx\`), so nobody is known to back us. Create it with the client's decision-making unit under \`people:\` (who decides, who influences, who uses, who blocks).  [champion]",
        "content/accounts/acme/plan.mdx:3:1  error  The account has no stakeholder map (\`content/accounts/acme/stakeholders.mdx\`), so nobody of high influence is known to be covered. Create it with the client's decision-making unit under \`people:\` (who decides, who influences, who uses, who blocks).  [coverage]",
      ]
    `);
  });

  it('does not repeat the failure when the map has its own errors', () => {
    const files = withChanges({ [MAP]: replace('stance: supporter', 'stance: fan') });
    expect(resultOf(files, 'decision-maker')).toMatchObject({ passed: false });
    expect(linesOf(files, ['decision-maker', 'champion', 'coverage', 'schema'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:8:13  error  \`people[0].stance\` must be one of \`champion\`, \`supporter\`, \`neutral\`, \`skeptic\`, \`blocker\`, got "fan".  [schema]",
      ]
    `);
  });
});

describe('champion', () => {
  it('passes with a champion or a supporter', () => {
    expect(resultOf(minimalFiles(), 'champion')).toMatchObject({ passed: true, reason: 'Backs us: `maria-garcia` (supporter).' });
  });

  it('fails when nobody backs us, listing the stances found', () => {
    const files = withChanges({ [MAP]: replace('stance: supporter', 'stance: skeptic') });
    expect(linesOf(files, 'champion')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:2:1  error  Nobody in the stakeholder map is a \`champion\` or a \`supporter\` (stances found: \`skeptic\` and \`neutral\`). Record the stance of the person who backs us inside the client (\`stance: supporter\` or \`champion\`); if nobody does yet, make winning one an action of the plan.  [champion]",
      ]
    `);
  });
});

describe('coverage', () => {
  it('passes when every high-influence person has an owner, or nobody has high influence', () => {
    expect(resultOf(minimalFiles(), 'coverage').passed).toBe(true);
    const files = withChanges({ [MAP]: replace('influence: high', 'influence: medium') });
    expect(resultOf(files, 'coverage')).toMatchObject({ passed: true, reason: 'Nobody in the map has `influence: high`.' });
  });

  it('fails for each high-influence person without an owner, at that person', () => {
    const files = withChanges({
      [MAP]: edits(
        replace('    owner: ben-okafor\n', ''),
        replace('influence: medium', 'influence: high'),
        replace('    owner: ana-lopez\n', ''),
      ),
    });
    expect(linesOf(files, 'coverage')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:3:5  error  \`people[0]\` (\`maria-garcia\`, María García) has high influence and no \`owner\` on our team. Set \`owner:\` to the team id of the person who covers them.  [coverage]",
        "content/accounts/acme/stakeholders.mdx:13:5  error  \`people[1]\` (\`sean-obrien\`, Seán O'Brien) has high influence and no \`owner\` on our team. Set \`owner:\` to the team id of the person who covers them.  [coverage]",
      ]
    `);
  });
});

describe('an empty stakeholder map', () => {
  it('says the map lists nobody', () => {
    const files = withChanges({ [MAP]: '---\npeople: []\n---\n' });
    expect(linesOf(files, ['decision-maker', 'champion', 'coverage'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/stakeholders.mdx:2:1  error  The stakeholder map lists nobody under \`people\`. Add the client's decision-making unit under \`people:\` (who decides, who influences, who uses, who blocks).  [decision-maker]",
        "content/accounts/acme/stakeholders.mdx:2:1  error  The stakeholder map lists nobody under \`people\`. Add the client's decision-making unit under \`people:\` (who decides, who influences, who uses, who blocks), with the \`stance\` of each person towards us.  [champion]",
      ]
    `);
  });
});
