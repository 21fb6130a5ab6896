import type { Action, Plan } from '../../schemas/plan.ts';
import type { TeamMember } from '../../schemas/team.ts';
import { daysBetween } from '../dates.ts';
import { ganttName } from './escape.ts';
import { truncate, wrap } from './wrap.ts';
import type { DiagramStrings } from './strings.ts';
import type { DiagramSpec } from './types.ts';

export interface TimelineInput {
  accountId: string;
  accountName: string;
  plan: Pick<Plan, 'actions' | 'period'>;
  team: ReadonlyMap<string, Pick<TeamMember, 'name'>>;
  strings: DiagramStrings;
  /** Order of the rows: by status (blocked first) or by owner, then by due date. @default "status" */
  groupBy?: 'status' | 'owner';
  /** The build's date (`KEYPLAN_TODAY` or the day of the build), marked on the axis. Never the clock: the drawing is cached by its data. */
  today?: string;
}

export interface Timeline {
  /** `undefined` when no action has a due date. */
  diagram?: DiagramSpec;
  /** Actions without a due date: listed by the page rather than drawn. */
  undated: Action[];
}

/** Blocked first: what needs attention leads. */
const STATUS_ORDER: Record<Action['status'], number> = { blocked: 0, 'in-progress': 1, planned: 2, done: 3 };
const TAG: Record<Action['status'], string> = { blocked: 'crit, ', 'in-progress': 'active, ', planned: '', done: 'done, ' };

/** Characters per line of an action title in the left column, and a width estimate for one. */
const WRAP = 42;
const CHAR_PX = 6.6;
/** A zero-width space as an entity code: a milestone needs a name, and its label lives in the left column. */
const NO_LABEL = '#8203;';

/**
 * The action plan as a Mermaid gantt. Plans record when an action is due, not when it starts, so
 * each action is a milestone on its due date, tagged `done`, `active` (in progress) or `crit`
 * (blocked).
 *
 * Each action is its own row (a gantt "section") labelled in the left column with its title,
 * wrapped, and a line with status, owner and due date, so colour is never the only cue. Titles run
 * to a hundred characters: drawn beside the milestones, Mermaid pushed them left over the diamonds
 * or made the chart far wider than a page. Rows are grouped by status or owner; the first row is
 * the plan's period.
 */
export function actionTimeline({ accountId, accountName, plan, team, strings, groupBy = 'status', today }: TimelineInput): Timeline {
  const dated = plan.actions.filter((action) => action.due);
  const undated = plan.actions.filter((action) => !action.due);
  if (dated.length === 0) return { undated };

  const ownerName = (action: Action) => (action.owner ? (team.get(action.owner)?.name ?? action.owner) : '');
  const rows = [...dated].sort(
    (a, b) =>
      (groupBy === 'status' ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status] : ownerName(a).localeCompare(ownerName(b))) ||
      a.due!.localeCompare(b.due!),
  );
  const labels = rows.map((action) => [
    ...wrap(truncate(action.title, 1000), WRAP),
    `(${[strings.labels.actionStatus[action.status], ownerName(action), action.due].filter(Boolean).join(' · ')})`,
  ]);
  const longest = Math.max(strings.timeline.period.length, ...labels.flat().map((line) => line.length));

  const dates = [plan.period.start, plan.period.end, ...dated.map((action) => action.due!)].sort();
  const span = daysBetween(dates[0]!, dates.at(-1)!);
  const lines = [
    '---',
    'config:',
    '  gantt:',
    `    leftPadding: ${Math.round(Math.min(WRAP + 2, longest) * CHAR_PX + 24)}`,
    '---',
    'gantt',
    '  dateFormat YYYY-MM-DD',
    // A numeric axis: d3's month names are English only. Ticks sized to the span.
    span > 120 ? '  axisFormat %Y-%m' : '  axisFormat %m-%d',
    span > 120 ? '  tickInterval 1month' : '  tickInterval 1week',
    // The real date would change the picture every day while its text, and so its cache key, stays.
    '  todayMarker off',
    `  section ${sectionName([strings.timeline.period])}`,
    `  ${ganttName(`${plan.period.start} – ${plan.period.end}`)} :p0, ${plan.period.start}, ${plan.period.end}`,
  ];
  rows.forEach((action, n) => {
    lines.push(`  section ${sectionName(labels[n]!)}`, `  ${NO_LABEL} :${TAG[action.status]}milestone, a${n}, ${action.due}, 0d`);
  });

  return {
    undated,
    diagram: {
      key: `timeline:${accountId}`,
      kind: 'timeline',
      code: `${lines.join('\n')}\n`,
      drawing: {
        kind: 'timeline',
        locale: strings.locale,
        ...(today ? { today } : {}),
        todayLabel: strings.timeline.today,
        period: { start: plan.period.start, end: plan.period.end, label: strings.timeline.period },
        rows: rows.map((action) => {
          const owner = ownerName(action);
          return {
            title: action.title,
            status: action.status,
            statusLabel: strings.labels.actionStatus[action.status],
            ...(owner ? { owner } : {}),
            due: action.due!,
          };
        }),
      },
      title: strings.timeline.title(accountName),
      description: strings.timeline.description(dated.length, undated.length),
    },
  };
}

/**
 * A section name is the rest of its line, so only entity codes matter; the `<br>` between lines is
 * ours (people's `<` is escaped) and Mermaid splits gantt section names on it.
 */
function sectionName(lines: string[]): string {
  return lines.map((line) => ganttName(line)).join('<br>');
}
