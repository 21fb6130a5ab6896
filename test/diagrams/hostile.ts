import type { Stakeholder } from '../../src/schemas/stakeholders.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { TeamMember } from '../../src/schemas/team.ts';
import { diagramStrings } from '../../src/lib/diagrams/strings.ts';

/** Text people might type that means something to Mermaid, HTML or Markdown. */
export const HOSTILE = [
  'Seán "The Boss" O\'Brien',
  '[Brackets] {Braces} (Parens) ((circle)) >flag]',
  '#hash #35; #quot; &amp; & &lt;',
  '%% comment %%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
  'A --> B; C -.- D ==> E',
  'pipe | in |"label"| text',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '`backticks` **bold** _under_',
  'Ñandú, Núñez, Zoë, São João, Ærø',
  'end',
  'style n0 fill:#f00',
  'classDef kpChampion fill:red; class n0 kpBlocker',
  'click n0 call alert(3)',
  'style:#ff0000;',
  'Title: 2026-01-01',
  'section Done',
  '2026-05-01 looks like a date',
  'dateFormat YYYY',
  '50% off: a; b',
  ':::cls',
  'subgraph x',
] as const;

export const strings = diagramStrings('en');

/** A stakeholder map where every hostile text is a name, with the next one as title and function. */
export function hostilePeople(): Stakeholder[] {
  return HOSTILE.map((name, index) => ({
    id: `p${index}`,
    name,
    title: HOSTILE[(index + 1) % HOSTILE.length],
    function: index % 2 === 0 ? 'Purchasing' : HOSTILE[(index + 2) % HOSTILE.length],
    ...(index > 0 ? { reportsTo: `p${Math.floor((index - 1) / 3)}` } : {}),
    buyingRole: 'influencer',
    stance: (['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const)[index % 5]!,
    influence: (['high', 'medium', 'low'] as const)[index % 3]!,
    ...(index % 4 !== 3 ? { owner: `t${index % 3}` } : {}),
    relationship: 'developing',
    cadence: 'monthly',
  }));
}

export function hostileTeam(): Map<string, TeamMember> {
  return new Map(
    [0, 1, 2].map((n): [string, TeamMember] => [
      `t${n}`,
      { name: HOSTILE[n + 5]!, role: n === 0 ? 'kam' : 'specialist', function: HOSTILE[n + 8]! },
    ]),
  );
}

export function hostilePlan(): Plan {
  return {
    account: HOSTILE[0],
    status: 'active',
    owner: 't0',
    sponsor: 't1',
    team: [{ member: 't2', role: HOSTILE[6] }],
    period: { start: '2026-01-01', end: '2026-12-31' },
    reviewed: '2026-10-01',
    kpis: [],
    confidential: [],
    actions: HOSTILE.map((title, index) => ({
      title,
      owner: `t${index % 3}`,
      ...(index % 7 !== 6 ? { due: `2026-${String((index % 12) + 1).padStart(2, '0')}-15` } : {}),
      status: (['planned', 'in-progress', 'done', 'blocked'] as const)[index % 4]!,
      clientAgreed: false,
    })),
    selection: {
      attractiveness: { profitability: 5, growth: 4, strategicValue: 3 },
      position: { customerKnowledge: 2, brandImage: 1, costToServe: 5 },
      coInvestment: 4,
    },
  };
}
