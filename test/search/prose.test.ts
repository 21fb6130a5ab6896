import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { actionProse, argumentProse, kpiProse, planProse, stakeholderProse as line, valueProse } from '../../src/lib/search/prose.ts';
import { createFormatter } from '../../src/lib/view/format.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { ValueProposition } from '../../src/schemas/value.ts';

const team: Record<string, string> = { 'laura-gomez': 'Laura Gómez', 'carmen-ortega': 'Carmen Ortega' };
const memberName = (id: string) => team[id] ?? id;
const english = { t: en, fmt: createFormatter('en'), memberName };
const spanish = { t: es, fmt: createFormatter('es'), memberName };
/** A stakeholder's sentence as it is indexed: the weighted name in angle brackets, then the rest. */
const stakeholderProse = (...args: Parameters<typeof line>) => {
  const { lead, text } = line(...args);
  return `<${lead}>${text}`;
};

describe('the sentences indexed in place of tables', () => {
  const person = {
    id: 'rocio-nunez',
    name: 'Rocío Núñez',
    title: 'Directora de Cadena de Suministro',
    function: 'Operaciones',
    buyingRole: 'decision-maker',
    stance: 'supporter',
    influence: 'high',
    relationship: 'developing',
    owner: 'laura-gomez',
    cadence: 'quarterly',
  } as const;

  it('write a stakeholder row as one sentence, in the interface language', () => {
    expect(stakeholderProse(person, english)).toBe(
      '<Rocío Núñez>, Directora de Cadena de Suministro, Operaciones: decision-maker, supporter, high influence, developing relationship and covered quarterly by Laura Gómez.',
    );
    expect(stakeholderProse(person, spanish)).toBe(
      '<Rocío Núñez>, Directora de Cadena de Suministro, Operaciones: decisor, favorable, influencia alta, relación en desarrollo y con Laura Gómez como nuestro responsable y contacto trimestral.',
    );
  });

  it('say nothing about what a row leaves empty', () => {
    expect(stakeholderProse({ id: 'x', name: 'Ana Ruiz' }, english)).toBe('<Ana Ruiz>.');
    expect(stakeholderProse({ id: 'x', name: 'Ana Ruiz', cadence: 'monthly' }, english)).toBe('<Ana Ruiz>: monthly contact.');
    expect(stakeholderProse({ id: 'x', name: 'Dr. Ruiz Jr.' }, english)).toBe('<Dr. Ruiz Jr.>');
  });

  it('write KPIs, actions and value arguments with the figures and dates as the page shows them', () => {
    expect(kpiProse({ name: 'On-time delivery', baseline: 91, target: 98, actual: 95.5, unit: '%', due: '2026-12-31' }, english)).toBe(
      'On-time delivery: from 91 %, target 98 %, now 95.5 % and due Dec 31, 2026.',
    );
    expect(kpiProse({ name: 'Entregas a tiempo', target: 98 }, spanish)).toBe('Entregas a tiempo: objetivo 98.');
    expect(
      actionProse(
        { title: 'Quarterly business review', status: 'in-progress', owner: 'carmen-ortega', due: '2027-01-15', clientAgreed: true },
        english,
      ),
    ).toBe('Quarterly business review: in progress, Carmen Ortega, due Jan 15, 2027 and agreed with the client.');
    expect(actionProse({ title: 'Revisión trimestral', status: 'planned', clientAgreed: false }, spanish)).toBe(
      'Revisión trimestral: prevista.',
    );
    expect(
      argumentProse(
        {
          kind: 'revenue',
          claim: 'Fewer broken cases',
          metric: 'Breakage (%)',
          baseline: 2.1,
          target: 0.5,
          value: { amount: 420000, per: 'year' },
        },
        'EUR',
        english,
      ),
    ).toBe('Fewer broken cases (revenue): Breakage (%) from 2.1 to 0.5 and worth €420,000 / year.');
  });

  it("write a value proposition's facts: status, offerings and the people it is addressed to", () => {
    const value = { title: 'Returns back on sale in 48 hours', status: 'proposed' } as ValueProposition;
    expect(valueProse(value, ['Reverse logistics', 'Last-mile delivery'], ["Siobhan O'Brien (COO)"], english)).toBe(
      "Returns back on sale in 48 hours: proposed, with Reverse logistics and Last-mile delivery and addressed to Siobhan O'Brien (COO).",
    );
    expect(valueProse(value, [], [], spanish)).toBe('Returns back on sale in 48 hours: propuesta.');
  });

  it("write the account page's facts: industry, region, stage, owner, sponsor and validation", () => {
    const plan = {
      owner: 'laura-gomez',
      sponsor: 'carmen-ortega',
      industry: 'Distribución alimentaria',
      region: 'España',
      relationship: { stage: 'partnership' },
      clientValidation: { by: 'rocio-nunez', date: '2026-01-22' },
    } as unknown as Plan;
    expect(planProse('Mercaverde', plan, 'Rocío Núñez', english)).toBe(
      'Mercaverde: Distribución alimentaria, España, partnership relationship, plan owned by Laura Gómez, sponsored by Carmen Ortega and validated by Rocío Núñez on Jan 22, 2026.',
    );
    expect(planProse('Mercaverde', { owner: 'laura-gomez' } as Plan, undefined, spanish)).toBe('Mercaverde: plan a cargo de Laura Gómez.');
  });
});
