import type { Plan } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { TeamMember } from '../../schemas/team.ts';
import { quoted } from './escape.ts';
import { truncate, wrap } from './wrap.ts';
import { NodeIds } from './ids.ts';
import { interactionOf, ourPeople, type Interaction } from './interaction.ts';
import type { DiagramStrings } from './strings.ts';
import { classDefs, OURS, UNCOVERED } from './styles.ts';
import type { DiagramSpec } from './types.ts';

export interface CoverageInput {
  accountId: string;
  accountName: string;
  plan: Pick<Plan, 'owner' | 'sponsor' | 'team'>;
  people: readonly Stakeholder[];
  team: ReadonlyMap<string, Pick<TeamMember, 'name' | 'function' | 'role'>>;
  strings: DiagramStrings;
}

export interface CoverageMap {
  /** `undefined` when the map has nobody to draw. */
  diagram?: DiagramSpec;
  /** The interaction model and who covers whom, for the page to state. */
  interaction: Interaction;
}

/** Relationship strength drawn as line weight: thick, normal, dotted. */
const ARROW: Record<NonNullable<Stakeholder['relationship']> | 'unknown', string> = {
  strong: '==>',
  developing: '-->',
  weak: '-.->',
  none: '-.->',
  unknown: '-->',
};

/**
 * Our people on the left, theirs on the right, an arrow for each stakeholder `owner` (weight =
 * relationship, label = cadence). High-influence people nobody covers get a dashed red border and
 * a note in their box.
 */
export function coverageMap(input: CoverageInput): CoverageMap {
  const { accountId, accountName, plan, people, team, strings } = input;
  const interaction = interactionOf(plan, people, team);
  if (people.length === 0) return { interaction };

  const ours = new NodeIds('t');
  const theirs = new NodeIds('n');
  const used = new Set<string>([OURS]);
  const uncovered = new Set(interaction.uncovered.map((person) => person.id));
  const lines = ['flowchart LR', `  subgraph us["${quoted(strings.ourTeam)}"]`, '    direction TB'];
  const ourIds = ourPeople(plan, people);
  for (const id of ourIds) lines.push(`    ${ours.of(id)}["${memberLabel(id, input)}"]`);
  lines.push('  end', `  subgraph them["${wrap(truncate(accountName, 1000), 40).map(quoted).join('<br/>')}"]`, '    direction TB');
  for (const person of people) {
    lines.push(`    ${theirs.of(person.id)}["${personLabel(person, uncovered.has(person.id), strings)}"]`);
  }
  lines.push('  end');

  let links = 0;
  for (const person of people) {
    if (!person.owner) continue;
    links++;
    const label = person.cadence ? `|"${quoted(strings.labels.cadence[person.cadence])}"|` : '';
    lines.push(`  ${ours.of(person.owner)} ${ARROW[person.relationship ?? 'unknown']}${label} ${theirs.of(person.id)}`);
  }
  lines.push(`  class ${ourIds.map((id) => ours.of(id)).join(',')} ${OURS}`);
  if (uncovered.size > 0) {
    used.add(UNCOVERED);
    lines.push(`  class ${[...uncovered].map((id) => theirs.of(id)).join(',')} ${UNCOVERED}`);
  }
  lines.push(...classDefs(used));

  const coveredPeople = new Set(people.filter((person) => person.owner).map((person) => person.id)).size;
  const sentences = [
    strings.coverage.description(links, interaction.coverers.length, coveredPeople),
    strings.coverage.model[interaction.model],
    ...(interaction.uncovered.length > 0 ? [strings.coverage.uncovered(interaction.uncovered.map((person) => person.name))] : []),
  ];
  return {
    interaction,
    diagram: {
      key: `coverage:${accountId}`,
      kind: 'coverage',
      code: `${lines.join('\n')}\n`,
      drawing: {
        kind: 'coverage',
        ourTitle: strings.ourTeam,
        theirTitle: accountName,
        ours: ourIds.map((id) => {
          const detail = memberDetail(id, input);
          return { id, name: team.get(id)?.name ?? id, ...(detail ? { detail } : {}) };
        }),
        theirs: people.map((person) => {
          const detail = [person.function, person.title].filter(Boolean).join(' · ');
          return {
            id: person.id,
            name: person.name,
            ...(detail ? { detail } : {}),
            ...(person.influence ? { influence: person.influence } : {}),
            ...(uncovered.has(person.id) ? { flag: `⚠ ${strings.notCovered}` } : {}),
          };
        }),
        links: people.flatMap((person) =>
          person.owner
            ? [
                {
                  from: person.owner,
                  to: person.id,
                  ...(person.relationship ? { relationship: person.relationship } : {}),
                  ...(person.cadence ? { label: strings.labels.cadence[person.cadence] } : {}),
                },
              ]
            : [],
        ),
      },
      title: strings.coverage.title(accountName),
      description: sentences.join(' '),
    },
  };
}

/** Our person's function and role on the account, in words. */
function memberDetail(id: string, { plan, team, strings }: CoverageInput): string {
  const member = team.get(id);
  const role =
    plan.team.find((entry) => entry.member === id)?.role ??
    (id === plan.owner
      ? strings.labels.teamRole.kam
      : id === plan.sponsor
        ? strings.labels.teamRole.sponsor
        : member && strings.labels.teamRole[member.role]);
  return [member?.function, role].filter(Boolean).join(' · ');
}

function memberLabel(id: string, input: CoverageInput): string {
  const member = input.team.get(id);
  const detail = memberDetail(id, input);
  return [`<b>${quoted(member?.name ?? id)}</b>`, ...(detail ? [quoted(detail)] : [])].join('<br/>');
}

function personLabel(person: Stakeholder, flagged: boolean, strings: DiagramStrings): string {
  const detail = [person.function, person.title].filter(Boolean).join(' · ');
  const parts = [`<b>${quoted(person.name)}</b>`, ...(detail ? [quoted(detail)] : [])];
  if (flagged) parts.push(`<i>${quoted(`⚠ ${strings.notCovered}`)}</i>`);
  return parts.join('<br/>');
}
