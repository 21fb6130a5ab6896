import { describe, expect, it } from 'vitest';
import { accountChanges, parseFileVersion, type HistoryOptions, type Revision } from '../../src/lib/history/changes.ts';
import { createFormatter } from '../../src/lib/view/format.ts';

/** Front matter and body as a KAM writes them. */
const mdx = (yaml: string, body = 'Notes.') => `---\n${yaml.trim()}\n---\n\n${body}\n`;

/** Successive versions of one file (undefined: the file does not exist), one commit each, a day apart. */
function revisions(file: string, versions: (string | undefined)[], start = 1): Revision[] {
  const out: Revision[] = [];
  for (let index = 1; index < versions.length; index++) {
    const [before, after] = [versions[index - 1], versions[index]];
    if (before === after) continue;
    out.push({
      commit: `c${start + index}`,
      date: `2026-03-${String(start + index).padStart(2, '0')}T12:00:00Z`,
      author: index % 2 ? 'Laura Gómez' : 'Diego Salazar',
      file,
      ...(before === undefined ? {} : { before: parseFileVersion(before) }),
      ...(after === undefined ? {} : { after: parseFileVersion(after) }),
    });
  }
  return out;
}

const sentences = (list: Revision[], options: HistoryOptions = {}) =>
  accountChanges(list, options).changes.map((change) => `${change.date.slice(0, 10)} ${change.author}: ${change.text}`);

const PLAN_V1 = `
account: Acme Foods
status: draft
owner: laura-gomez
period: { start: 2026-01-01, end: 2026-12-31 }
reviewed: 2026-02-01
revenue: { lastYear: 1000000, target: 1200000 }
offerings: { current: [warehousing], potential: [transport, cold-chain] }
kpis:
  - { name: On-time delivery, unit: "%", baseline: 91, target: 97, actual: 93 }
actions:
  - { title: Joint S&OP workshop, owner: laura-gomez, due: 2026-06-30, status: planned }
  - { title: Cold-chain pilot, owner: pablo-ruiz, due: 2026-09-30, status: planned }
`;

const PLAN_V2 = `
account: Acme Foods
status: active
owner: laura-gomez
sponsor: carmen-ortega
team:
  - { member: pablo-ruiz, role: Logistics lead }
period: { start: 2026-01-01, end: 2026-12-31 }
reviewed: 2026-03-02
revenue: { lastYear: 1000000, target: 1500000 }
selection:
  attractiveness: { profitability: 4 }
offerings: { current: [warehousing, transport], potential: [cold-chain] }
kpis:
  - { name: On-time delivery, unit: "%", baseline: 91, target: 97, actual: 95.5 }
actions:
  - { title: Joint S&OP workshop, owner: laura-gomez, due: 2026-06-30, status: done, clientAgreed: true }
  - { title: Cold-chain pilot, owner: pablo-ruiz, due: 2026-10-31, status: blocked }
  - { title: Quarterly business review, owner: laura-gomez, due: 2026-12-15 }
clientValidation: { by: marta-nunez, date: 2026-03-01 }
`;

const MAP_V1 = `
people:
  - { id: marta-nunez, name: Marta Núñez, buyingRole: decision-maker, stance: neutral, influence: high }
  - { id: sean-obrien, name: Seán O'Brien, stance: skeptic }
`;
const MAP_V2 = `
people:
  - { id: marta-nunez, name: Marta Núñez, buyingRole: decision-maker, stance: supporter, influence: high, owner: laura-gomez }
  - { id: ana-ruiz, name: Ana Ruiz, reportsTo: marta-nunez }
`;

const VALUE_V1 = `
title: Daily replenishment
status: draft
arguments: [{ kind: cost, claim: Less waste }]
`;
const VALUE_V2 = `
title: Daily replenishment of fresh produce
status: proposed
arguments: [{ kind: cost, claim: Less waste, value: { amount: 380000 } }]
`;

const history = [
  ...revisions('plan.mdx', [undefined, mdx(PLAN_V1), mdx(PLAN_V2, 'Vision rewritten.')]),
  ...revisions('stakeholders.mdx', [undefined, mdx(MAP_V1), mdx(MAP_V2)], 3),
  ...revisions('value/daily.mdx', [undefined, mdx(VALUE_V1), mdx(VALUE_V2), undefined], 5),
];

describe('plan history in words', () => {
  it('turns successive versions into field-level changes, newest first', () => {
    expect(sentences(history, { limit: 50 })).toMatchInlineSnapshot(`
      [
        "2026-03-08 Laura Gómez: value proposition “Daily replenishment of fresh produce” removed",
        "2026-03-07 Diego Salazar: value proposition “Daily replenishment” renamed “Daily replenishment of fresh produce”",
        "2026-03-07 Diego Salazar: value proposition “Daily replenishment of fresh produce” status draft → proposed",
        "2026-03-07 Diego Salazar: value proposition “Daily replenishment of fresh produce”: arguments, offerings or audience revised",
        "2026-03-06 Laura Gómez: value proposition “Daily replenishment” added (draft)",
        "2026-03-05 Diego Salazar: Ana Ruiz added to the stakeholder map",
        "2026-03-05 Diego Salazar: Seán O'Brien removed from the stakeholder map",
        "2026-03-05 Diego Salazar: Marta Núñez: stance neutral → supporter",
        "2026-03-05 Diego Salazar: Marta Núñez: covered by — → laura-gomez",
        "2026-03-04 Laura Gómez: stakeholder map created with 2 people",
        "2026-03-03 Diego Salazar: status draft → active",
        "2026-03-03 Diego Salazar: plan reviewed (2026-03-02)",
        "2026-03-03 Diego Salazar: sponsor — → carmen-ortega",
        "2026-03-03 Diego Salazar: revenue target 1,200,000 → 1,500,000",
        "2026-03-03 Diego Salazar: profitability score — → 4",
        "2026-03-03 Diego Salazar: pablo-ruiz joined the account team",
        "2026-03-03 Diego Salazar: now buys transport",
        "2026-03-03 Diego Salazar: KPI “On-time delivery” actual 93 → 95.5 %",
        "2026-03-03 Diego Salazar: action “Quarterly business review” added",
        "2026-03-03 Diego Salazar: action “Joint S&OP workshop” done",
        "2026-03-03 Diego Salazar: action “Joint S&OP workshop” agreed with the client",
        "2026-03-03 Diego Salazar: action “Cold-chain pilot” status planned → blocked",
        "2026-03-03 Diego Salazar: action “Cold-chain pilot” due 2026-09-30 → 2026-10-31",
        "2026-03-03 Diego Salazar: plan validated by Marta Núñez (2026-03-01)",
        "2026-03-03 Diego Salazar: plan text edited",
        "2026-03-02 Laura Gómez: plan created (draft)",
      ]
    `);
  });

  it('keeps the newest changes within the limit and counts the rest', () => {
    const { changes, more } = accountChanges(history, { limit: 3 });
    expect(changes.map((change) => change.text)).toHaveLength(3);
    expect(more).toBe(23);
    expect(accountChanges(history).changes).toHaveLength(20);
  });

  it('names people, offerings and enum values the way the site does, in Spanish', () => {
    const names: Record<string, string> = { 'laura-gomez': 'Laura Gómez', 'carmen-ortega': 'Carmen Ortega', 'pablo-ruiz': 'Pablo Ruiz' };
    const plan = revisions('plan.mdx', [mdx(PLAN_V1), mdx(PLAN_V2)]);
    const map = revisions('stakeholders.mdx', [mdx(MAP_V1), mdx(MAP_V2)], 3);
    const stances: Record<string, string> = { neutral: 'Neutral', supporter: 'Favorable' };
    const options: HistoryOptions = {
      locale: 'es',
      limit: 8,
      memberName: (id) => names[id],
      offeringName: (id) => (id === 'transport' ? 'Transporte por carretera' : undefined),
      label: (field, value) =>
        field === 'stance' ? stances[value] : field === 'planStatus' ? { draft: 'Borrador', active: 'Activo' }[value] : undefined,
    };
    expect(sentences([...plan, ...map], options)).toMatchInlineSnapshot(`
      [
        "2026-03-04 Laura Gómez: Ana Ruiz añadido al mapa de interlocutores",
        "2026-03-04 Laura Gómez: Seán O'Brien eliminado del mapa de interlocutores",
        "2026-03-04 Laura Gómez: Marta Núñez: actitud Neutral → Favorable",
        "2026-03-04 Laura Gómez: Marta Núñez: nuestro responsable — → Laura Gómez",
        "2026-03-02 Laura Gómez: estado Borrador → Activo",
        "2026-03-02 Laura Gómez: plan revisado (2026-03-02)",
        "2026-03-02 Laura Gómez: patrocinador — → Carmen Ortega",
        "2026-03-02 Laura Gómez: objetivo de ventas 1.200.000 → 1.500.000",
      ]
    `);
  });

  it('writes dates the way the reader’s locale does', () => {
    const fmt = createFormatter('es');
    const texts = sentences(history, { limit: 50, locale: 'es', date: (iso) => fmt.date(iso) }).filter((line) =>
      /revisado|validado|vencimiento|fecha/.test(line),
    );
    expect(texts).toContain('2026-03-03 Diego Salazar: plan revisado (2 mar 2026)');
    expect(texts).toContain('2026-03-03 Diego Salazar: plan validado por Marta Núñez (1 mar 2026)');
    expect(texts.some((line) => line.includes('30 sept 2026 → 31 oct 2026'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/\(2026-|2026-\d\d-\d\d →/);
  });

  it('leaves out changes to fields the reader may not see', () => {
    const plan = revisions('plan.mdx', [mdx(PLAN_V1), mdx(PLAN_V2)]);
    const map = revisions('stakeholders.mdx', [mdx(MAP_V1), mdx(MAP_V2)], 3);
    const visible = accountChanges([...plan, ...map], { limit: 50, hide: ['revenue', 'people.stance', 'kpis.actual'] }).changes;
    const texts = visible.map((change) => change.text);
    expect(texts.some((text) => /revenue|stance|actual/.test(text))).toBe(false);
    expect(texts).toContain('Ana Ruiz added to the stakeholder map');
    expect(visible.find((change) => change.text.startsWith('status'))).toMatchObject({
      kind: 'status',
      field: 'status',
      file: 'plan.mdx',
      commit: 'c2',
    });
  });

  it('does not append a hidden field to the sentence of a visible one (finding 4)', () => {
    const before = mdx(PLAN_V1.replace('unit: "%"', 'unit: zqunit'));
    const after = mdx(PLAN_V1.replace('unit: "%"', 'unit: zqunit').replace('target: 97', 'target: 99'));
    const texts = (hide: string[]) => sentences(revisions('plan.mdx', [before, after]), { hide }).join('\n');
    expect(texts([])).toContain('97 → 99 zqunit');
    expect(texts(['kpis.unit'])).toContain('97 → 99');
    expect(texts(['kpis.unit'])).not.toContain('zqunit');
  });

  it('isolates names with right-to-left text or direction controls from the sentence (finding 13)', () => {
    const flipped = 'Evil\u202eCo';
    const before = mdx(PLAN_V1);
    const after = mdx(PLAN_V1.replace('title: Joint S&OP workshop', `title: "${flipped}"`).replace('target: 97', 'target: 99'));
    const texts = sentences(revisions('plan.mdx', [before, after]), {
      memberName: (id) => (id === 'laura-gomez' ? 'ليلى' : undefined),
    }).join('\n');
    expect(texts).toContain(`\u2068${flipped}\u2069`);
    expect(texts).toContain('On-time delivery');
    expect(texts).not.toContain('\u2068On-time delivery');
  });

  it('hides what names the client’s people with the map, and the notes’ edits with any of its fields', () => {
    const plan = revisions('plan.mdx', [mdx(PLAN_V1), mdx(PLAN_V2)]);
    const map = revisions('stakeholders.mdx', [mdx(MAP_V1), mdx(MAP_V2, 'Marta is on our side now.')], 3);
    const texts = (hide: string[]) =>
      accountChanges([...plan, ...map], { limit: 50, hide })
        .changes.map((change) => change.text)
        .join('\n');
    expect(texts([])).toContain('plan validated by Marta Núñez (2026-03-01)');
    expect(texts([])).toContain('stakeholder notes edited');
    const withoutPeople = texts(['people']);
    for (const word of ['Marta', 'Ana Ruiz', 'Seán', 'validat', 'stakeholder']) expect(withoutPeople).not.toContain(word);
    expect(withoutPeople).toContain('status draft → active');
    expect(texts(['people.stance'])).not.toContain('stakeholder notes edited');
    expect(texts(['people.stance'])).toContain('plan validated by Marta Núñez (2026-03-01)');
  });

  it('compares fields only when both versions can be read, and skips unknown files', () => {
    const broken = revisions('plan.mdx', [mdx(PLAN_V1), '---\naccount: [unclosed\n---\nBody\n', mdx(PLAN_V2)]);
    expect(sentences(broken)).toEqual(['2026-03-02 Laura Gómez: plan text edited', '2026-03-03 Diego Salazar: plan text edited'].reverse());
    expect(sentences(revisions('notes.txt', [undefined, 'hello']))).toEqual([]);
  });
});

describe('parseFileVersion', () => {
  it('splits frontmatter from body and reads dates as the text written', () => {
    expect(parseFileVersion('---\nreviewed: 2026-02-30\n---\n\n## Vision\n')).toEqual({
      data: { reviewed: '2026-02-30' },
      body: '\n## Vision\n',
    });
    expect(parseFileVersion('No frontmatter')).toEqual({ data: undefined, body: 'No frontmatter' });
    expect(parseFileVersion('---\n---\nBody')).toEqual({ data: {}, body: 'Body' });
  });
});
