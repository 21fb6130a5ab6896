import { describe, expect, it } from 'vitest';
import { coverageMap } from '../../src/lib/diagrams/coverage.ts';
import { ganttName, quoted, unescapeCodes } from '../../src/lib/diagrams/escape.ts';
import { accountDiagrams, portfolioDiagrams } from '../../src/lib/diagrams/index.ts';
import { interactionOf } from '../../src/lib/diagrams/interaction.ts';
import { coordinate, selectionMatrix } from '../../src/lib/diagrams/matrix.ts';
import { orgChart } from '../../src/lib/diagrams/org-chart.ts';
import { actionTimeline } from '../../src/lib/diagrams/timeline.ts';
import { wrap } from '../../src/lib/diagrams/wrap.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import type { Stakeholder } from '../../src/schemas/stakeholders.ts';
import { minimalFiles } from '../helpers/content.ts';
import { HOSTILE, hostilePeople, hostilePlan, hostileTeam, strings } from './hostile.ts';

/** The diagram text with every double-quoted label removed: what Mermaid reads as syntax. */
const syntaxOf = (code: string) => code.replace(/"[^"\n]*"/g, '""');

describe('escaping', () => {
  it('writes characters with a meaning as entity codes and keeps the rest as typed', () => {
    expect(quoted('Seán "O\'Brien" #1 <b> 50% a:b `x` & ñ')).toBe("Seán #34;O'Brien#34; #35;1 #60;b#62; 50#37; a#58;b #96;x#96; #38; ñ");
    expect(quoted('two\nlines')).toBe('two lines');
  });

  it('round-trips every hostile text', () => {
    for (const text of HOSTILE) {
      expect(unescapeCodes(quoted(text))).toBe(text);
      expect(unescapeCodes(ganttName(text))).toBe(text);
    }
  });

  it('keeps gantt names from reading as keywords, dates or task data', () => {
    expect(ganttName('Title sponsor lunch')).toBe('#84;itle sponsor lunch');
    expect(ganttName('2026-05-01 kick-off')).toBe('#50;026-05-01 kick-off');
    expect(ganttName('a: b; c')).toBe('a#58; b#59; c');
    expect(ganttName('Plan the section')).toBe('Plan the section');
    expect(ganttName('  ')).toBe('#8212;');
  });

  it('wraps at spaces and splits words longer than a line', () => {
    expect(wrap('Renewal of the warehousing contract for 2027-2029', 20)).toEqual([
      'Renewal of the',
      'warehousing contract',
      'for 2027-2029',
    ]);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('node ids', () => {
  it('never come from what people typed', () => {
    const people = hostilePeople();
    const team = hostileTeam();
    const plan = hostilePlan();
    const base = { accountId: 'x', accountName: HOSTILE.join(' '), strings };
    const codes = [
      orgChart({ ...base, people })!.code,
      coverageMap({ ...base, plan, people, team }).diagram!.code,
      selectionMatrix({ accounts: [{ id: 'x', plan }], weights: weights(), strings }).diagram!.code,
    ];
    for (const code of codes) {
      const syntax = syntaxOf(code);
      for (const fragment of ['Boss', 'alert', 'script', 'Ñandú', 'onerror', 'dark', 'loose', 'ff0000'])
        expect(syntax).not.toContain(fragment);
      for (const line of syntax.split('\n').slice(1).filter(Boolean)) {
        expect(line).toMatch(
          /^\s*(?:[ntg]\d+\[""\]|[nt]\d+ (?:-->|==>|-\.->|~~~)(?:\|""\|)? [nt]\d+|legend ~~~ n\d+|class [ntg\d,]+ kp\w+|classDef kp\w+ [\w:#\-,. ]+|subgraph (?:us|them|legend)\[""\]|direction (?:TB|LR)|end|[gn]\d+(?: ~~~ g\d+)+|[xy]-axis "" --> ""|quadrant-[1-4] ""|"": \[[\d.]+, [\d.]+\] radius: \d+)$/,
        );
      }
    }
  });

  it('keep gantt lines to keywords, escaped names and task data', () => {
    const code = actionTimeline({ accountId: 'x', accountName: 'X', plan: hostilePlan(), team: hostileTeam(), strings }).diagram!.code;
    // A name: anything but `:`, `;`, `%` and `#`, which only appear in entity codes.
    const name = String.raw`(?:[^:;%#\n]|#\d+;)+`;
    const line = new RegExp(
      String.raw`^  (?:dateFormat YYYY-MM-DD|axisFormat %[Ym]-%[md]|tickInterval 1(?:month|week)|todayMarker off|gantt:|  leftPadding: \d+|section ${name}|${name} :(?:crit, |active, |done, )?(?:milestone, )?[ap]\d+, \d{4}-\d{2}-\d{2}, (?:0d|\d{4}-\d{2}-\d{2}))$`,
    );
    for (const text of code.split('\n').filter((text) => text.startsWith('  '))) expect(text).toMatch(line);
  });
});

describe('org chart', () => {
  it('draws one box per person, reporting lines, stance classes and a legend of what is present', () => {
    const people: Stakeholder[] = [
      { id: 'ceo', name: 'Ana', title: 'CEO', buyingRole: 'decision-maker', stance: 'champion', influence: 'high' },
      { id: 'cfo', name: 'Ben', reportsTo: 'ceo', stance: 'blocker', influence: 'low' },
      { id: 'ext', name: 'Cy', reportsTo: 'missing' },
    ];
    const chart = orgChart({ accountId: 'acme', accountName: 'Acme', people, strings })!;
    expect(chart.key).toBe('org-chart:acme');
    expect(chart.code).toContain('n0["<b>Ana</b><br/>CEO<br/><i>Decision-maker · Champion</i>"]');
    expect(chart.code).toContain('n0 --> n1');
    expect(chart.code).not.toContain('--> n2');
    expect(chart.code).toContain('class n0 kpChampion\n  class n0 kpInfluenceHigh');
    expect(chart.code).toContain('legend ~~~ n0\n  legend ~~~ n2');
    expect(chart.code).toMatch(/"Champion"[\s\S]*"Blocker"[\s\S]*"High influence"[\s\S]*"Low influence"/);
    expect(chart.code).not.toContain('Supporter');
    expect(chart.description).toBe(
      '3 people of the decision-making unit, reporting to Ana and Cy. Colour shows the stance towards us, border weight the influence.',
    );
    expect(orgChart({ accountId: 'a', accountName: 'A', people: [], strings })).toBeUndefined();
  });

  it('shows no stance when an audience build has removed it', () => {
    const chart = orgChart({ accountId: 'a', accountName: 'A', people: [{ id: 'x', name: 'X', influence: 'high' }], strings })!;
    expect(chart.code).not.toMatch(/kpChampion|kpSupporter|kpNeutral|kpSkeptic|kpBlocker/);
  });
});

describe('interaction model', () => {
  const team = new Map([
    ['kam', { name: 'Kim', function: 'Sales', role: 'kam' as const }],
    ['log', { name: 'Lou', function: 'Logistics', role: 'specialist' as const }],
  ]);
  const plan = { owner: 'kam', team: [] };
  const person = (id: string, fn: string, owner?: string, influence: Stakeholder['influence'] = 'medium'): Stakeholder => ({
    id,
    name: id.toUpperCase(),
    function: fn,
    influence,
    ...(owner ? { owner } : {}),
  });

  it('is a bow-tie when only the KAM covers the client', () => {
    const result = interactionOf(plan, [person('a', 'Purchasing', 'kam'), person('b', 'Finance', 'kam')], team);
    expect(result.model).toBe('bow-tie');
    expect(result.coverers).toEqual([{ id: 'kam', name: 'Kim', function: 'Sales', covers: ['a', 'b'] }]);
  });

  it('is a bow-tie when every contact reaches the same client function', () => {
    expect(interactionOf(plan, [person('a', 'Purchasing', 'kam'), person('b', 'purchasing ', 'log')], team).model).toBe('bow-tie');
  });

  it('is a diamond when several of our people cover several functions, counting counterparts', () => {
    const result = interactionOf(plan, [person('a', 'Purchasing', 'kam'), person('b', 'Logistics', 'log')], team);
    expect(result.model).toBe('diamond');
    expect(result.counterparts).toBe(1);
    expect(result.clientFunctions).toEqual(['Purchasing', 'Logistics']);
  });

  it('flags high-influence people nobody covers, and says when nobody is covered', () => {
    const result = interactionOf(plan, [person('a', 'Board', undefined, 'high'), person('b', 'IT')], team);
    expect(result.model).toBe('uncovered');
    expect(result.uncovered.map((p) => p.id)).toEqual(['a']);
  });
});

describe('coverage map', () => {
  it('puts our people on one side, theirs on the other, and links owners', () => {
    const team = new Map([['kam', { name: 'Kim', function: 'Sales', role: 'kam' as const }]]);
    const people: Stakeholder[] = [
      { id: 'a', name: 'Ann', owner: 'kam', relationship: 'strong', cadence: 'weekly' },
      { id: 'b', name: 'Bo', influence: 'high' },
    ];
    const { diagram, interaction } = coverageMap({
      accountId: 'acme',
      accountName: 'Acme',
      plan: { owner: 'kam', team: [] },
      people,
      team,
      strings,
    });
    expect(interaction.model).toBe('bow-tie');
    expect(diagram!.code).toContain('t0["<b>Kim</b><br/>Sales · Key account manager"]');
    expect(diagram!.code).toContain('t0 ==>|"Weekly"| n0');
    expect(diagram!.code).toContain('n1["<b>Bo</b><br/><i>⚠ Nobody covers</i>"]');
    expect(diagram!.code).toContain('class n1 kpUncovered');
    expect(diagram!.description).toBe(
      '1 link between 1 of our people and 1 people at the client. Bow-tie: contact goes through one or two people on each side. High-influence people nobody covers: Bo.',
    );
  });
});

describe('action timeline', () => {
  it('draws dated actions as milestones tagged by status and lists the undated ones', () => {
    const plan = hostilePlan();
    const { diagram, undated } = actionTimeline({ accountId: 'x', accountName: 'X', plan, team: hostileTeam(), strings });
    expect(undated.map((action) => action.title)).toEqual(plan.actions.filter((action) => !action.due).map((action) => action.title));
    expect(diagram!.code).toMatch(/^---\nconfig:\n {2}gantt:\n {4}leftPadding: \d+\n---\ngantt\n/);
    expect(diagram!.code).toContain(':crit, milestone, a0,');
    expect(diagram!.code).toContain('  todayMarker off');
    // Blocked first, done last.
    const statuses = [...diagram!.code.matchAll(/:(crit|active|done)?,? ?milestone/g)].map((match) => match[1] ?? 'planned');
    expect(statuses).toEqual(
      [...statuses].sort((a, b) => ['crit', 'active', 'planned', 'done'].indexOf(a) - ['crit', 'active', 'planned', 'done'].indexOf(b)),
    );
  });

  it('has no diagram when no action has a due date', () => {
    const plan = { ...hostilePlan(), actions: [{ title: 'Later', status: 'planned' as const, clientAgreed: false }] };
    expect(actionTimeline({ accountId: 'x', accountName: 'X', plan, team: new Map(), strings })).toEqual({ undated: plan.actions });
  });
});

describe('selection matrix', () => {
  it('writes coordinates in the only forms quadrantChart accepts', () => {
    expect([0, 1, 0.5, 1 / 3, 0.9999999, -0.2, 1.3].map(coordinate)).toEqual(['0', '1', '0.5', '0.333333', '1', '0', '1']);
  });

  it('places active accounts by weighted scores, quadrant names from the method, unscored apart', () => {
    const plan = hostilePlan();
    const draft = { ...plan, status: 'draft' as const };
    const unscored = { ...plan, account: 'Half', selection: { attractiveness: { profitability: 3 } } };
    const matrix = selectionMatrix({
      accounts: [
        { id: 'a', plan },
        { id: 'b', plan: draft },
        { id: 'c', plan: unscored },
      ],
      weights: { ...weights(), profitability: 2 },
      strings,
    });
    expect(matrix.unscored).toEqual([{ id: 'c', name: 'Half' }]);
    expect(matrix.points).toEqual([
      {
        id: 'a',
        name: plan.account,
        attractiveness: 4.25,
        position: 8 / 3,
        coInvestment: 4,
        quadrant: 'develop',
        x: (8 / 3 - 1) / 4,
        y: 0.8125,
      },
    ]);
    expect(matrix.diagram!.code).toBe(
      [
        'quadrantChart',
        '  x-axis "Weak position" --> "Strong position"',
        '  y-axis "Less attractive" --> "Attractive"',
        '  quadrant-1 "Invest"',
        '  quadrant-2 "Develop selectively"',
        '  quadrant-3 "Serve efficiently"',
        '  quadrant-4 "Maintain"',
        '  "Seán #34;The Boss#34; O\'Brien": [0.416667, 0.8125] radius: 11',
        '',
      ].join('\n'),
    );
  });
});

describe('a portfolio', () => {
  it('yields every diagram once, with stable keys', () => {
    const { portfolio } = runEngine(minimalFiles(), { today: '2026-11-23' });
    expect(portfolioDiagrams(portfolio).map((spec) => spec.key)).toEqual(['matrix', 'org-chart:acme', 'coverage:acme', 'timeline:acme']);
    expect(accountDiagrams(portfolio, portfolio.accounts[0]!).coverage!.interaction.model).toBe('diamond');
  });
});

function weights() {
  return { profitability: 1, growth: 1, strategicValue: 1, customerKnowledge: 1, brandImage: 1, costToServe: 1 };
}
