import { stringify } from 'yaml';
import type { SourceFile } from '../../src/lib/model.ts';
import { slugify } from '../../src/lib/content/slug.ts';

/** A small, fast, seeded random generator (mulberry32): the same seed gives the same portfolio. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ana',
  'Luis',
  'Marta',
  'Jorge',
  'Lucía',
  'Pedro',
  'Elena',
  'Iñaki',
  'Sofía',
  'Diego',
  'Carmen',
  'Raúl',
  'Núria',
  'Tomás',
  'Olga',
  'Siobhan',
];
const LAST = [
  'García',
  'Núñez',
  'Pérez',
  "O'Brien",
  'Ibáñez',
  'Silva',
  'Costa',
  'Moreno',
  'Vidal',
  'Ruiz',
  'Ortega',
  'Fonseca',
  'Serrano',
  'Torres',
];
const INDUSTRIES = [
  'Food retail',
  'Automotive parts',
  'Pharmaceuticals',
  'Chemicals',
  'Consumer electronics',
  'Beverages',
  'Fashion e-commerce',
  'Agri-food exports',
];
const REGIONS = ['Iberia', 'Mexico', 'Chile', 'Portugal', 'Spain North', 'Andalusia'];
const FUNCTIONS = ['Sales', 'Logistics', 'Customs', 'Engineering', 'Finance', 'Operations', 'Quality'];
const TITLES = [
  'Chief Operating Officer',
  'Head of Purchasing',
  'Supply Chain Director',
  'Logistics Manager',
  'CFO',
  'IT Director',
  'Warehouse Manager',
  'Quality Lead',
];
const ROLES = ['decision-maker', 'economic-buyer', 'technical-buyer', 'user', 'influencer', 'gatekeeper', 'coach'] as const;
const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const;
const OFFERINGS = [
  'warehousing',
  'cross-docking',
  'road-freight',
  'cold-chain',
  'last-mile',
  'customs',
  'reverse-logistics',
  'control-tower',
];
const WORDS =
  'the client grows through regional distribution while margins stay under pressure from discounters and rising transport costs so every supplier must prove savings per pallet with data from its own operations and a plan the purchasing team can defend before the board'.split(
    ' ',
  );

const mdx = (data: unknown, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

/**
 * A synthetic but valid portfolio of `size` accounts (plan, ~15-person stakeholder map and two value
 * propositions each), complete enough that active plans pass every check on `today`.
 */
export function generatePortfolio(size: number, options: { seed?: number; people?: number; today?: string } = {}): SourceFile[] {
  const next = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const prose = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ') + '.';
  const peopleCount = options.people ?? 15;
  const files: SourceFile[] = [];

  files.push({
    path: 'content/settings.yaml',
    text: stringify({
      company: 'Benchmark Logistics',
      offerings: OFFERINGS.map((id) => ({ id, name: id.replace(/-/g, ' ') })),
      portfolio: { recommended: [1, 5000], limits: [1, 5000] },
      audiences: { 'all-staff': { hide: ['revenue', 'people.stance'] } },
    }),
  });
  const team = Array.from({ length: 24 }, (_, index) => ({ id: `member-${index}`, fn: FUNCTIONS[index % FUNCTIONS.length]! }));
  for (const [index, member] of team.entries()) {
    files.push({
      path: `content/team/${member.id}.yaml`,
      text: stringify({
        name: `${pick(FIRST)} ${pick(LAST)}`,
        role: index < 8 ? 'kam' : index < 12 ? 'sponsor' : 'specialist',
        function: member.fn,
      }),
    });
  }

  for (let account = 0; account < size; account++) {
    const id = `account-${String(account).padStart(4, '0')}`;
    const owner = team[account % 8]!.id;
    const sponsor = team[8 + (account % 4)]!.id;
    const specialist = team[12 + (account % 12)]!.id;
    const people = Array.from({ length: peopleCount }, (_, index) => {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      return {
        id: `p${index}-${slugify(name)}`,
        name,
        title: pick(TITLES),
        function: pick(FUNCTIONS),
        ...(index > 0 ? { reportsTo: `p${Math.floor((index - 1) / 3)}-` } : {}),
        buyingRole: index === 0 ? 'decision-maker' : pick(ROLES),
        stance: index === 0 ? 'supporter' : pick(STANCES),
        influence: index < 3 ? 'high' : pick(['medium', 'low'] as const),
        relationship: pick(['strong', 'developing', 'weak'] as const),
        owner: index < 3 ? [owner, sponsor, specialist][index]! : pick(team).id,
        cadence: pick(['weekly', 'monthly', 'quarterly'] as const),
        lastContact: `2026-${String(int(7, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      };
    });
    // reportsTo points at the id of an earlier person: fill in the full id now that all exist.
    for (const person of people)
      if (person.reportsTo) person.reportsTo = people.find((other) => other.id.startsWith(person.reportsTo!))!.id;
    const status = account % 10 === 9 ? 'draft' : 'active';
    const lang = account % 3 === 0 ? 'es' : 'en';
    const [knowledge, industry, client, vision, commitment] =
      lang === 'es'
        ? ['Conocimiento', 'Industria', 'Cliente', 'Visión', 'Compromiso']
        : ['Knowledge', 'Industry', 'Client', 'Vision', 'Commitment'];
    const current = OFFERINGS.filter(() => next() < 0.4);
    const plan = {
      account: `Client ${account} ${pick(LAST)} ${pick(INDUSTRIES)}`,
      lang,
      status,
      owner,
      sponsor,
      team: [
        { member: owner, role: 'KAM' },
        { member: specialist, role: 'Specialist' },
      ],
      industry: pick(INDUSTRIES),
      region: pick(REGIONS),
      period: { start: '2026-01-01', end: '2026-12-31' },
      reviewed: '2026-10-15',
      nextReview: '2027-01-15',
      revenue: { lastYear: int(5, 90) * 100_000, target: int(6, 100) * 100_000, wallet: int(100, 400) * 100_000 },
      selection: {
        attractiveness: { profitability: int(1, 5), growth: int(1, 5), strategicValue: int(1, 5) },
        position: { customerKnowledge: int(1, 5), brandImage: int(1, 5), costToServe: int(1, 5) },
        coInvestment: int(1, 5),
      },
      relationship: { stage: pick(['transactional', 'developing', 'collaborative', 'partnership'] as const) },
      offerings: { current, potential: OFFERINGS.filter((offering) => !current.includes(offering) && next() < 0.3) },
      kpis: [
        { name: 'On-time delivery', unit: '%', baseline: 90, target: 97, actual: int(88, 98), due: '2026-12-31' },
        { name: 'Cost per pallet', unit: 'EUR', baseline: 12, target: 10, actual: int(9, 13), due: '2026-12-31' },
      ],
      actions: Array.from({ length: 4 }, (_, index) => ({
        title: `Action ${index + 1}: ${prose(6)}`,
        owner: [owner, specialist, sponsor, owner][index]!,
        due: `2026-${String(3 * index + 3).padStart(2, '0')}-28`,
        status: pick(['planned', 'in-progress', 'done', 'blocked'] as const),
        clientAgreed: next() < 0.7,
      })),
      clientValidation: { by: people[0]!.id, date: '2026-02-10' },
    };
    const body = `## ${knowledge}\n\n### ${industry}\n\n${prose(70)}\n\n### ${client}\n\n${prose(70)}\n\n## ${vision}\n\n${prose(60)}\n\n## ${commitment}\n\n${prose(30)}\n`;
    files.push({ path: `content/accounts/${id}/plan.mdx`, text: mdx(plan, body) });
    files.push({ path: `content/accounts/${id}/stakeholders.mdx`, text: mdx({ people }, prose(40)) });
    for (const name of ['service', 'savings']) {
      const value = {
        title: `${name === 'service' ? 'Service' : 'Savings'} for client ${account}`,
        status: pick(['proposed', 'accepted'] as const),
        offerings: [pick(OFFERINGS)],
        audience: [people[0]!.id],
        arguments: [
          {
            kind: 'cost',
            claim: prose(8),
            metric: 'Cost per pallet',
            baseline: 12,
            target: 10,
            value: { amount: int(50, 900) * 1000, per: 'year' },
          },
          { kind: 'performance', claim: prose(8), metric: 'OTIF (%)', baseline: 90, target: 97 },
        ],
      };
      files.push({ path: `content/accounts/${id}/value/${name}.mdx`, text: mdx(value, `## ${vision}\n\n${prose(90)}`) });
    }
  }
  return files;
}
