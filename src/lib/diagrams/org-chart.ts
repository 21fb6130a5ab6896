import { stances, influenceLevels, type Stakeholder } from '../../schemas/stakeholders.ts';
import { quoted } from './escape.ts';
import { NodeIds } from './ids.ts';
import type { DiagramStrings } from './strings.ts';
import { classDefs, influenceClass, LEGEND, stanceClass } from './styles.ts';
import type { DiagramSpec, OrgChartDrawing } from './types.ts';

export interface OrgChartInput {
  accountId: string;
  accountName: string;
  people: readonly Stakeholder[];
  strings: DiagramStrings;
}

/**
 * The client's organisation chart from `reportsTo`: one box per person with name, title and buying
 * role; stance as fill colour, influence as border weight (and a bold name when high). Several
 * roots are allowed. `undefined` when the map has nobody.
 */
export function orgChart({ accountId, accountName, people, strings }: OrgChartInput): DiagramSpec | undefined {
  if (people.length === 0) return undefined;
  const ids = new NodeIds('n');
  for (const person of people) ids.of(person.id);
  const known = new Set(people.map((person) => person.id));
  const isRoot = (person: Stakeholder) => !person.reportsTo || person.reportsTo === person.id || !known.has(person.reportsTo);

  const used = new Set<string>();
  const lines = ['flowchart TB'];
  for (const person of people) {
    lines.push(`  ${ids.of(person.id)}["${personLabel(person, strings)}"]`);
  }
  for (const person of people) {
    if (!isRoot(person)) lines.push(`  ${ids.of(person.reportsTo!)} --> ${ids.of(person.id)}`);
  }
  for (const person of people) {
    const classes = [person.stance && stanceClass[person.stance], person.influence && influenceClass[person.influence]].filter(Boolean);
    // `class a,b name` lists nodes, not classes: one statement per class.
    for (const name of classes as string[]) {
      used.add(name);
      lines.push(`  class ${ids.of(person.id)} ${name}`);
    }
  }
  const legendLines = legend(people, strings, used);
  if (legendLines.length > 0) {
    // Invisible links from the legend to the roots put it above the chart; beside it, dagre mixed
    // the legend's rows with the chart's ranks.
    lines.push(...legendLines, ...people.filter(isRoot).map((person) => `  legend ~~~ ${ids.of(person.id)}`));
  }
  lines.push(...classDefs(used));

  const roots = people.filter(isRoot).map((person) => person.name);
  return {
    key: `org-chart:${accountId}`,
    kind: 'org-chart',
    code: `${lines.join('\n')}\n`,
    drawing: drawingOf(people, strings, isRoot),
    title: strings.orgChart.title(accountName),
    description: strings.orgChart.description(people.length, roots),
  };
}

function drawingOf(people: readonly Stakeholder[], strings: DiagramStrings, isRoot: (person: Stakeholder) => boolean): OrgChartDrawing {
  return {
    kind: 'org-chart',
    people: people.map((person) => {
      const role = roleText(person, strings);
      return {
        id: person.id,
        name: person.name,
        ...(person.title ? { title: person.title } : {}),
        ...(role ? { role } : {}),
        ...(person.stance ? { stance: person.stance } : {}),
        ...(person.influence ? { influence: person.influence } : {}),
        ...(!isRoot(person) ? { parent: person.reportsTo! } : {}),
      };
    }),
    legend: {
      title: strings.legend,
      stances: stances
        .filter((stance) => people.some((person) => person.stance === stance))
        .map((stance) => ({ stance, label: strings.labels.stance[stance] })),
      influence: influenceLevels
        .filter((level) => people.some((person) => person.influence === level))
        .map((level) => ({ level, label: strings.influence(strings.labels.influence[level]) })),
    },
  };
}

/** Buying role and stance in words. */
function roleText(person: Stakeholder, strings: DiagramStrings): string {
  return [person.buyingRole && strings.labels.buyingRole[person.buyingRole], person.stance && strings.labels.stance[person.stance]]
    .filter(Boolean)
    .join(' · ');
}

function personLabel(person: Stakeholder, strings: DiagramStrings): string {
  const parts = [`<b>${quoted(person.name)}</b>`];
  if (person.title) parts.push(quoted(person.title));
  const role = roleText(person, strings);
  if (role) parts.push(`<i>${quoted(role)}</i>`);
  return parts.join('<br/>');
}

/** A legend box per stance and influence level present in the map, in the method's order. */
function legend(people: readonly Stakeholder[], strings: DiagramStrings, used: Set<string>): string[] {
  const presentStances = stances.filter((stance) => people.some((person) => person.stance === stance));
  const presentInfluence = influenceLevels.filter((level) => people.some((person) => person.influence === level));
  if (presentStances.length + presentInfluence.length === 0) return [];
  const ids = new NodeIds('g');
  const entries: [id: string, label: string, style: string][] = [
    ...presentStances.map((stance): [string, string, string] => [
      ids.of(`s-${stance}`),
      strings.labels.stance[stance],
      stanceClass[stance],
    ]),
    ...presentInfluence.map((level): [string, string, string] => [
      ids.of(`i-${level}`),
      strings.influence(strings.labels.influence[level]),
      influenceClass[level],
    ]),
  ];
  const lines = [`  subgraph legend["${quoted(strings.legend)}"]`, '    direction LR'];
  for (const [id, label] of entries) lines.push(`    ${id}["${quoted(label)}"]`);
  // Invisible links make a row of stances and a row of influence levels: one row of all of them
  // was often wider than the chart, which then shrank to fit the page.
  for (const row of [entries.slice(0, presentStances.length), entries.slice(presentStances.length)]) {
    if (row.length > 1) lines.push(`    ${row.map(([id]) => id).join(' ~~~ ')}`);
  }
  lines.push('  end');
  for (const [id, , style] of entries) {
    lines.push(`  class ${id} ${style}`, `  class ${id} ${LEGEND}`);
    used.add(style);
  }
  used.add(LEGEND);
  return lines;
}
