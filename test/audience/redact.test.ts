import { describe, expect, it } from 'vitest';
import { redactData, redactPortfolio, resolveHiddenPath } from '../../src/lib/audience.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { messagesOf, withChanges } from '../helpers/content.ts';

const SETTINGS = 'content/settings.yaml';
const PLAN = 'content/accounts/acme/plan.mdx';
const audiences = (hide: string) => (text: string) => `${text}audiences:\n  all-staff:\n    hide: [${hide}]\n`;

describe('hidden paths', () => {
  it('resolve to optional fields of plans, maps and value propositions', () => {
    expect(resolveHiddenPath('revenue.wallet')).toEqual({ kinds: ['plan'] });
    expect(resolveHiddenPath('people.stance')).toEqual({ kinds: ['stakeholders'] });
    expect(resolveHiddenPath('arguments.value')).toEqual({ kinds: ['value'] });
    expect(resolveHiddenPath('owner')).toHaveProperty('error');
    expect(resolveHiddenPath('revenu')).toHaveProperty('error');
  });

  it('are checked where they are written', () => {
    const files = withChanges({
      [SETTINGS]: audiences('revenu.wallet, account'),
      [PLAN]: (text) => text.replace('status: active', 'status: active\nconfidential: [people.mood]'),
    });
    expect(messagesOf(files, ['audience'])).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:4:16  error  \`confidential[0]\`: \`people.mood\` names no field of a plan, a stakeholder map or a value proposition. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.  [audience]",
        "content/settings.yaml:9:12  error  \`audiences.all-staff.hide[0]\`: \`revenu.wallet\` names no field of a plan, a stakeholder map or a value proposition. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.  [audience]",
        "content/settings.yaml:9:27  error  \`audiences.all-staff.hide[1]\`: \`account\` is a required field of the plan: pages need it, so it cannot be hidden. Use a dotted path such as \`revenue.wallet\` or \`people.stance\`.  [audience]",
      ]
    `);
  });

  it('are explained in the site’s language', () => {
    const files = withChanges({
      [SETTINGS]: (text) => `${audiences('revenu.wallet, account')(text)}locale: es\n`,
    });
    expect(messagesOf(files, ['audience']).map((line) => line.split('  error  ')[1])).toEqual([
      '`audiences.all-staff.hide[0]`: `revenu.wallet` no nombra ningún campo de un plan, de un mapa de interlocutores ni de una propuesta de valor. Usa una ruta con puntos como `revenue.wallet` o `people.stance`.  [audience]',
      '`audiences.all-staff.hide[1]`: `account` es un campo obligatorio del plan: las páginas lo necesitan, así que no se puede ocultar. Usa una ruta con puntos como `revenue.wallet` o `people.stance`.  [audience]',
    ]);
  });
});

describe('redaction', () => {
  const files = withChanges({
    [SETTINGS]: audiences('revenue.wallet, people.stance, arguments.value'),
    [PLAN]: (text) => text.replace('status: active', 'status: active\nconfidential: [selection, kpis.actual]'),
  });
  const { portfolio } = runEngine(files, { today: '2026-11-23' });
  const redacted = redactPortfolio(portfolio, 'all-staff');
  const [original, account] = [portfolio.accounts[0]!, redacted.accounts[0]!];

  it('removes the audience paths and the plan confidential paths, in every list item', () => {
    expect(account.plan!.data.revenue).toEqual({ lastYear: 1200000, target: 1500000 });
    expect(account.plan!.data.selection).toBeUndefined();
    expect(account.plan!.data.kpis[0]).not.toHaveProperty('actual');
    expect(account.stakeholders!.data.people.map((person) => person.stance)).toEqual([undefined, undefined]);
    expect(account.values[0]!.data.arguments[0]).not.toHaveProperty('value');
  });

  it('leaves the full portfolio untouched', () => {
    expect(original.plan!.data.revenue?.wallet).toBe(6000000);
    expect(original.stakeholders!.data.people[0]!.stance).toBe('supporter');
  });

  it('copies only what it removes from, and shares the rest with the full portfolio', () => {
    // A second copy of every plan and person for each view would be memory that grows with the portfolio.
    expect(account.plan!.data).not.toBe(original.plan!.data);
    expect(account.plan!.data.revenue).not.toBe(original.plan!.data.revenue);
    expect(account.plan!.data.actions).toBe(original.plan!.data.actions);
    expect(account.plan!.data.kpis).not.toBe(original.plan!.data.kpis);
    expect(account.stakeholders!.data.people[0]).not.toBe(original.stakeholders!.data.people[0]);
    expect(account.values[0]!.data.arguments[0]).not.toBe(original.values[0]!.data.arguments[0]);
    // Every document's data is its own object, whose fields the views may set.
    const untouched = redactData(original.plan!.data, 'plan', ['revenue.wallet']);
    expect(untouched).not.toBe(original.plan!.data);
    expect(redactData(untouched, 'plan', ['revenue.wallet'])).not.toBe(untouched);
    expect(redactData(untouched, 'plan', ['revenue.wallet'])).toEqual(untouched);
  });

  it('empties a hidden list rather than removing it', () => {
    const onlyPeople = runEngine(withChanges({ [SETTINGS]: audiences('people') }), { today: '2026-11-23' }).portfolio;
    expect(redactPortfolio(onlyPeople, 'all-staff').accounts[0]!.stakeholders!.data.people).toEqual([]);
  });
});
