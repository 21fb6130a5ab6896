import { describe, expect, it } from 'vitest';
import { coverageMap } from '../../src/lib/diagrams/coverage.ts';
import { drawDiagram } from '../../src/lib/diagrams/draw/index.ts';
import { wrapText } from '../../src/lib/diagrams/draw/measure.ts';
import { selectionMatrix } from '../../src/lib/diagrams/matrix.ts';
import { orgChart } from '../../src/lib/diagrams/org-chart.ts';
import { actionTimeline } from '../../src/lib/diagrams/timeline.ts';
import type { DiagramSpec } from '../../src/lib/diagrams/types.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { Stakeholder } from '../../src/schemas/stakeholders.ts';
import type { TeamMember } from '../../src/schemas/team.ts';
import { fontMeasure } from '../../src/node/diagrams/fonts.ts';
import { HOSTILE, hostilePeople, hostilePlan, hostileTeam, strings } from './hostile.ts';

/**
 * The browser-free drawings: one golden SVG per kind (a change in any byte is a visible diff),
 * the same bytes on every run, the build's date as "today", text inside its boxes as measured
 * with the site's font, and hostile names drawn as text.
 */

const measure = fontMeasure();
const draw = (spec: DiagramSpec) => drawDiagram(spec, 'kpdgolden', measure);
const weights = { profitability: 1, growth: 1, strategicValue: 1, customerKnowledge: 1, brandImage: 1, costToServe: 1 };

const people: Stakeholder[] = [
  {
    id: 'ceo',
    name: 'Ana Ruiz',
    title: 'Chief Executive Officer',
    buyingRole: 'decision-maker',
    stance: 'champion',
    influence: 'high',
    owner: 'kam',
    cadence: 'monthly',
    relationship: 'strong',
  },
  {
    id: 'cfo',
    name: 'Ben Ortega',
    title: 'Chief Financial Officer',
    reportsTo: 'ceo',
    buyingRole: 'economic-buyer',
    stance: 'skeptic',
    influence: 'high',
  },
  {
    id: 'buy',
    name: 'Carla Núñez',
    title: 'Head of Purchasing',
    function: 'Purchasing',
    reportsTo: 'cfo',
    buyingRole: 'gatekeeper',
    stance: 'neutral',
    influence: 'medium',
    owner: 'kam',
    cadence: 'weekly',
    relationship: 'developing',
  },
  {
    id: 'ops',
    name: 'Dario Seán O’Brien-Vasconcelos',
    title: 'Operations Director',
    function: 'Logistics',
    reportsTo: 'ceo',
    buyingRole: 'user',
    stance: 'supporter',
    influence: 'medium',
    owner: 'log',
    cadence: 'quarterly',
    relationship: 'weak',
  },
  { id: 'w1', name: 'Eva Lima', title: 'Warehouse lead', reportsTo: 'ops', stance: 'blocker', influence: 'low' },
  { id: 'w2', name: 'Fran Gil', title: 'Planner', reportsTo: 'ops', influence: 'low' },
  { id: 'w3', name: 'Gema Sanz', title: 'Transport planner', reportsTo: 'ops', stance: 'neutral' },
];
const team = new Map<string, TeamMember>([
  ['kam', { name: 'Kim Alvarez', role: 'kam', function: 'Sales' }],
  ['log', { name: 'Lou Marín', role: 'specialist', function: 'Logistics' }],
]);
const plan: Plan = {
  account: 'Acme Foods',
  status: 'active',
  owner: 'kam',
  sponsor: 'log',
  team: [],
  period: { start: '2026-01-01', end: '2026-12-31' },
  reviewed: '2026-10-01',
  kpis: [],
  confidential: [],
  actions: [
    {
      title: 'Renew the warehousing contract for 2027–2029 with the new service levels',
      owner: 'kam',
      due: '2026-12-09',
      status: 'in-progress',
      clientAgreed: true,
    },
    { title: 'Pilot returnable crates', owner: 'log', due: '2026-03-31', status: 'done', clientAgreed: true },
    { title: 'Joint forecast', owner: 'log', due: '2026-06-30', status: 'blocked', clientAgreed: false },
    { title: 'Quarterly review', owner: 'kam', due: '2026-09-30', status: 'planned', clientAgreed: true },
  ],
  selection: {
    attractiveness: { profitability: 4, growth: 5, strategicValue: 4 },
    position: { customerKnowledge: 4, brandImage: 4, costToServe: 3 },
    coInvestment: 4,
  },
};
const scored = (account: string, a: number, p: number, coInvestment?: number): { id: string; plan: Plan } => ({
  id: account.toLowerCase().replace(/\W+/g, '-'),
  plan: {
    ...plan,
    account,
    selection: {
      attractiveness: { profitability: a, growth: a, strategicValue: a },
      position: { customerKnowledge: p, brandImage: p, costToServe: p },
      ...(coInvestment ? { coInvestment } : {}),
    },
  },
});

const base = { accountId: 'acme', accountName: 'Acme Foods', strings };
const specs = {
  'org-chart': orgChart({ ...base, people })!,
  coverage: coverageMap({ ...base, plan, people, team }).diagram!,
  timeline: actionTimeline({ ...base, plan, team, today: '2026-11-23' }).diagram!,
  matrix: selectionMatrix({
    accounts: [
      scored('Acme Foods', 4, 4, 4),
      scored('Bebidas Atlántida', 4, 4, 2),
      scored('Quimicas del Ebro', 2, 4, 5),
      scored('Farmalusa', 4.2, 2.3),
      scored('Hogarama', 1.5, 1.5, 1),
    ],
    weights,
    strings,
  }).diagram!,
};

describe('golden SVGs', () => {
  for (const [kind, spec] of Object.entries(specs)) {
    it(`${kind}: the same bytes as the reviewed drawing, on every run`, async () => {
      const svg = draw(spec);
      expect(draw(structuredClone(spec))).toBe(svg);
      await expect(svg).toMatchFileSnapshot(`./golden/${kind}.svg`);
    });
  }
});

describe('what every drawing is', () => {
  it('an image named by its title and description, plain SVG text, no HTML inside', () => {
    for (const spec of Object.values(specs)) {
      const svg = draw(spec);
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="kpdgolden" class="kp-d kp-d--[a-z-]+" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img"/,
      );
      expect(svg).toContain(`<title id="kpdgolden-title">${spec.title}</title>`);
      expect(svg).toContain('<desc id="kpdgolden-desc">');
      expect(svg).not.toMatch(/foreignObject|<div|<span|style=|@import|https?:\/\/(?!www\.w3\.org)/);
    }
  });

  it('boxes every label: no line wider than the box it is drawn in', () => {
    for (const spec of [specs['org-chart'], specs.coverage]) {
      const svg = draw(spec);
      const boxes = [
        ...svg.matchAll(
          /<g class="kp-d-node[^"]*"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/><text>(.*?)<\/text><\/g>/g,
        ),
      ];
      expect(boxes.length).toBeGreaterThanOrEqual(people.length);
      for (const [, x, y, w, h, text] of boxes) {
        for (const [, tx, ty, size, weight, line] of text!.matchAll(
          /<tspan x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"(?: font-weight="(\d+)")?[^>]*>([^<]*)<\/tspan>/g,
        )) {
          const width = measure(unescape(line!), { size: Number(size), weight: weight === '600' ? 600 : 400 });
          expect(Number(tx)).toBeGreaterThan(Number(x));
          expect(Number(tx) + width).toBeLessThanOrEqual(Number(x) + Number(w));
          expect(Number(ty)).toBeLessThan(Number(y) + Number(h));
        }
      }
    }
  });

  it('stacks three or more people with nobody under them below their boss', () => {
    const svg = draw(specs['org-chart']);
    const left = (name: string) => Number(new RegExp(`<rect x="([\\d.]+)"[^>]*/><text><tspan[^>]*>${name}<`).exec(svg)![1]);
    expect(left('Eva Lima')).toBe(left('Fran Gil'));
    expect(left('Fran Gil')).toBe(left('Gema Sanz'));
  });

  it('marks the build’s date, not the clock’s, and writes dates as the page does', () => {
    const svg = draw(specs.timeline);
    expect(svg).toContain('>Today · Nov 23, 2026<');
    expect(svg).toContain('>In progress · Kim Alvarez · Dec 9, 2026<');
    const later = draw(actionTimeline({ ...base, plan, team, today: '2026-12-02' }).diagram!);
    expect(later).toContain('>Today · Dec 2, 2026<');
    expect(draw(actionTimeline({ ...base, plan, team, today: '2030-01-01' }).diagram!)).not.toContain('kp-d-today');
    const es = actionTimeline({ ...base, plan, team, today: '2026-11-23', strings: { ...strings, ...diagramStringsEs } }).diagram!;
    expect(draw(es)).toMatch(/>Hoy · 23 nov 2026</);
  });

  it('keeps matrix names off every bubble and off each other, and explains the bubble size', () => {
    const svg = draw(specs.matrix);
    const bubbles = [...svg.matchAll(/<circle class="kp-d-bubble kp-d-q-[^"]*" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map(
      ([, cx, cy, r]) => ({ cx: Number(cx), cy: Number(cy), r: Number(r) }),
    );
    expect(bubbles).toHaveLength(5);
    const names = /<g class="kp-d-names">(.*?)<\/g>/.exec(svg)![1]!;
    const boxes = [
      ...names.matchAll(/<text><tspan x="([\d.]+)" y="([\d.]+)" font-size="13">([^<]*)<\/tspan>(?:<tspan[^>]*>([^<]*)<\/tspan>)?<\/text>/g),
    ].map(([, x, y, first, second]) => {
      const width = Math.max(
        measure(unescape(first!), { size: 13, weight: 400 }),
        second ? measure(unescape(second), { size: 13, weight: 400 }) : 0,
      );
      const top = Number(y) - 13 * 1.35 + 4;
      return { x: Number(x), y: top, w: width, h: (second ? 2 : 1) * 18 - 4 };
    });
    expect(boxes).toHaveLength(5);
    for (const box of boxes) {
      for (const bubble of bubbles) {
        const nx = Math.max(box.x, Math.min(bubble.cx, box.x + box.w));
        const ny = Math.max(box.y, Math.min(bubble.cy, box.y + box.h));
        expect((nx - bubble.cx) ** 2 + (ny - bubble.cy) ** 2).toBeGreaterThan(bubble.r ** 2);
      }
      for (const other of boxes) {
        if (other === box) continue;
        const apart = box.x + box.w <= other.x || other.x + other.w <= box.x || box.y + box.h <= other.y || other.y + other.h <= box.y;
        expect(apart).toBe(true);
      }
    }
    expect(svg).toContain('>Willingness to co-invest<');
    expect(svg).toContain('>Not scored<');
  });
});

describe('hostile names', () => {
  const hostile = [
    orgChart({ accountId: 'x', accountName: HOSTILE.join(' '), people: hostilePeople(), strings })!,
    coverageMap({
      accountId: 'x',
      accountName: HOSTILE.join(' '),
      plan: hostilePlan(),
      people: hostilePeople(),
      team: hostileTeam() as ReadonlyMap<string, TeamMember>,
      strings,
    }).diagram!,
    actionTimeline({ accountId: 'x', accountName: 'X', plan: hostilePlan(), team: hostileTeam(), strings, today: '2026-06-01' }).diagram!,
    selectionMatrix({
      accounts: HOSTILE.map((name, index) => ({ id: `a${index}`, plan: { ...hostilePlan(), account: name } })),
      weights,
      strings,
    }).diagram!,
  ];

  it('are drawn as text: only the drawing’s own elements, no attribute from what was typed', () => {
    for (const spec of hostile) {
      const svg = draw(spec);
      const elements = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((match) => match[1]));
      expect(
        [...elements].filter(
          (name) => !['svg', 'title', 'desc', 'defs', 'marker', 'g', 'rect', 'circle', 'path', 'text', 'tspan'].includes(name!),
        ),
      ).toEqual([]);
      for (const [tag] of svg.matchAll(/<[^>]*>/g)) expect(tag).not.toMatch(/\son\w+=|<script|javascript:/i);
      // Outside tags, no `<`, `>` or `&` but in entities.
      for (const text of svg.split(/<[^>]*>/)) expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|#39);)/);
    }
  });

  it('show every character people typed', () => {
    const [chart, coverage, timeline, matrix] = hostile.map((spec) => textOf(draw(spec)));
    for (const name of HOSTILE) {
      for (const text of [chart!, coverage!, matrix!]) expect(text).toContain(name.replace(/\s+/g, ''));
    }
    const dated = hostilePlan().actions.filter((action) => action.due);
    expect(dated.length).toBeGreaterThan(10);
    for (const action of dated) expect(timeline).toContain(action.title.replace(/\s+/g, ''));
  });

  it('drop characters XML cannot hold instead of breaking the SVG', () => {
    const svg = draw(orgChart({ ...base, people: [{ id: 'a', name: 'Bell\u0007 and \uD800 surrogate' }] })!);
    expect(svg).toContain('>Bell and  surrogate</tspan>');
  });
});

describe('wrapping with the font’s widths', () => {
  it('breaks at spaces within the width, and cuts a word wider than a line', () => {
    const style = { size: 13, weight: 400 } as const;
    const lines = wrapText('Renewal of the warehousing contract for 2027-2029', 120, style, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, style)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Renewal of the warehousing contract for 2027-2029');
    const long = wrapText('Supercalifragilisticexpialidocious', 60, style, measure);
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of long) expect(measure(line, style)).toBeLessThanOrEqual(60);
  });

  it('measures bold wider than regular, and each character of the font by its own width', () => {
    expect(measure('Mmmm', { size: 13, weight: 600 })).toBeGreaterThan(measure('Mmmm', { size: 13, weight: 400 }));
    expect(measure('iiii', { size: 13, weight: 400 })).toBeLessThan(measure('MMMM', { size: 13, weight: 400 }) / 2);
    expect(measure('Ñandú', { size: 26, weight: 400 })).toBeCloseTo(2 * measure('Ñandú', { size: 13, weight: 400 }), 6);
  });
});

const diagramStringsEs = { locale: 'es' as const, timeline: { ...strings.timeline, today: 'Hoy' } };

/** The drawn text with entities decoded and all whitespace removed (lines wrap at spaces). */
function textOf(svg: string): string {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
    .map((match) => unescape(match[1]!))
    .join('')
    .replace(/\s+/g, '');
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
