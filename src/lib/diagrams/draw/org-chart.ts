import { hierarchy, tree } from 'd3-hierarchy';
import type { OrgChartDrawing } from '../types.ts';
import { legendBlock, type LegendItem } from './legend.ts';
import { TEXT, wrapText, type Measure } from './measure.ts';
import { attrs, num, styledLines, heightOf, type StyledLine } from './svg.ts';

/**
 * The organisation chart: a tidy tree per person at the top of a reporting line (d3-hierarchy's
 * Reingold–Tilford layout), the legend above. Boxes share one width, text wrapped to it; rows take
 * the height of their tallest box.
 *
 * Three or more people reporting to one boss who have nobody under them are stacked in a column
 * below the boss, as org charts usually show them: a department head with twelve direct reports
 * would otherwise make the chart twelve boxes wide. People with no boss and nobody under them are
 * stacked the same way, four to a column.
 */

const BOX = 208;
const PAD_X = 10;
const PAD_Y = 7;
const GAP_X = 20;
const GAP_Y = 30;
const INDENT = 18;
const MARGIN = 8;
const STACK_FROM = 3;
const LONERS_PER_COLUMN = 4;

type Person = OrgChartDrawing['people'][number];
interface TreeDatum {
  person?: Person;
  /** Drawn in a column under `boss`, connected by a line down its left side. */
  stackedUnder?: string;
  children: TreeDatum[];
}

export function drawOrgChart(drawing: OrgChartDrawing, measure: Measure): { body: string; width: number; height: number } {
  const { people } = drawing;
  const bossOf = reportingLines(people);
  const reports = new Map<string, Person[]>();
  for (const person of people) {
    const boss = bossOf.get(person.id);
    if (boss) reports.set(boss, [...(reports.get(boss) ?? []), person]);
  }

  const datum = (person: Person): TreeDatum => {
    const below = reports.get(person.id) ?? [];
    const stack = below.length >= STACK_FROM && below.every((report) => !reports.has(report.id));
    return { person, children: stack ? [chain(below, person.id)] : below.map(datum) };
  };
  const roots = people.filter((person) => !bossOf.has(person.id));
  const loners = roots.filter((person) => !reports.has(person.id));
  const top: TreeDatum[] = roots.filter((person) => reports.has(person.id)).map(datum);
  if (loners.length >= STACK_FROM) {
    for (let start = 0; start < loners.length; start += LONERS_PER_COLUMN) top.push(chain(loners.slice(start, start + LONERS_PER_COLUMN)));
  } else top.push(...loners.map(datum));

  const root = hierarchy<TreeDatum>({ children: top }, (node) => node.children);
  tree<TreeDatum>()
    .nodeSize([BOX + GAP_X, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.1))(root);

  // Box text and heights, then rows.
  const boxes = new Map<TreeDatum, { lines: StyledLine[]; height: number; left: number; width: number }>();
  const rowHeight: number[] = [];
  for (const node of root.descendants()) {
    const { person, stackedUnder } = node.data;
    if (!person) continue;
    const width = stackedUnder !== undefined ? BOX - INDENT : BOX;
    const lines = personLines(person, width - 2 * PAD_X, measure);
    const height = lines.reduce((sum, line) => sum + heightOf(line), 0) + 2 * PAD_Y;
    boxes.set(node.data, { lines, height, left: (node.x ?? 0) - BOX / 2 + (stackedUnder !== undefined ? INDENT : 0), width });
    rowHeight[node.depth] = Math.max(rowHeight[node.depth] ?? 0, height);
  }

  const legendItems: LegendItem[] = [
    ...drawing.legend.stances.map(({ stance, label }) => ({
      label,
      swatch: (x: number, y: number) =>
        `<rect class="kp-d-swatch kp-d-stance-${stance}"${attrs({ x, y: y + 1, width: 28, height: 14, rx: 3 })}/>`,
    })),
    ...drawing.legend.influence.map(({ level, label }) => ({
      label,
      swatch: (x: number, y: number) =>
        `<rect class="kp-d-swatch kp-d-swatch--line kp-d-influence-${level}"${attrs({ x: x + 1, y: y + 2, width: 26, height: 12, rx: 3 })}/>`,
    })),
  ];
  const minX = Math.min(...[...boxes.values()].map((box) => box.left));
  const maxX = Math.max(...[...boxes.values()].map((box) => box.left + box.width));
  const chartWidth = maxX - minX;
  const legend =
    legendItems.length > 0
      ? legendBlock(drawing.legend.title, legendItems, MARGIN, MARGIN, Math.max(chartWidth, 420), measure)
      : { markup: '', width: 0, height: 0 };
  const shift = MARGIN - minX;
  const rowTop: number[] = [];
  let y = MARGIN + (legend.height > 0 ? legend.height + 16 : 0);
  for (let depth = 1; depth < rowHeight.length; depth++) {
    rowTop[depth] = y;
    y += (rowHeight[depth] ?? 0) + GAP_Y;
  }
  const height = y - GAP_Y + MARGIN;

  const lines: string[] = [];
  const nodes: string[] = [];
  const position = new Map<string, { left: number; top: number; width: number; height: number; depth: number }>();
  for (const node of root.descendants()) {
    const box = boxes.get(node.data);
    const person = node.data.person;
    if (!box || !person) continue;
    const place = { left: box.left + shift, top: rowTop[node.depth]!, width: box.width, height: box.height, depth: node.depth };
    position.set(person.id, place);
    const text = styledLines(box.lines, place.left + PAD_X, place.top + PAD_Y);
    nodes.push(
      `<g class="kp-d-node kp-d-stance-${person.stance ?? 'unknown'} kp-d-influence-${person.influence ?? 'unknown'}">` +
        `<rect${attrs({ x: place.left, y: place.top, width: place.width, height: place.height, rx: 6 })}/>${text.markup}</g>`,
    );
  }
  for (const node of root.descendants()) {
    const person = node.data.person;
    if (!person) continue;
    const boss = bossOf.get(person.id);
    const from = boss ? position.get(boss) : undefined;
    const to = position.get(person.id)!;
    if (!from) continue;
    if (node.data.stackedUnder !== undefined) {
      const spine = from.left + INDENT / 2;
      lines.push(`M${num(spine)} ${num(from.top + from.height)}V${num(to.top + to.height / 2)}H${num(to.left)}`);
    } else {
      const bus = rowTop[from.depth]! + rowHeight[from.depth]! + GAP_Y / 2;
      const fromX = from.left + from.width / 2;
      const toX = to.left + to.width / 2;
      lines.push(`M${num(fromX)} ${num(from.top + from.height)}V${num(bus)}H${num(toX)}V${num(to.top)}`);
    }
  }
  const width = Math.max(chartWidth, legend.width) + 2 * MARGIN;
  const body = `${legend.markup}<path class="kp-d-line"${attrs({ d: lines.join('') })}/>${nodes.join('')}`;
  return { body, width, height };
}

/** People in a column: each the only child of the one before it, so the tree layout keeps them in one column. */
function chain(people: readonly Person[], boss?: string): TreeDatum {
  const [first, ...rest] = people;
  return { person: first!, ...(boss !== undefined ? { stackedUnder: boss } : {}), children: rest.length > 0 ? [chain(rest, boss)] : [] };
}

/**
 * Each person's boss, where the boss is in the map. A reporting cycle (which the check reports as an
 * error) is cut where it closes, so a draft map still draws.
 */
function reportingLines(people: readonly Person[]): Map<string, string> {
  const known = new Set(people.map((person) => person.id));
  const bossOf = new Map<string, string>();
  for (const person of people) {
    if (person.parent && person.parent !== person.id && known.has(person.parent)) bossOf.set(person.id, person.parent);
  }
  const done = new Set<string>();
  for (const person of people) {
    const path = new Set<string>();
    let current: string | undefined = person.id;
    while (current !== undefined && !done.has(current)) {
      if (path.has(current)) {
        bossOf.delete(current);
        break;
      }
      path.add(current);
      current = bossOf.get(current);
    }
    for (const seen of path) done.add(seen);
  }
  return bossOf;
}

function personLines(person: Person, width: number, measure: Measure): StyledLine[] {
  const lines: StyledLine[] = wrapText(person.name, width, TEXT.name, measure).map((text) => ({ text, ...TEXT.name }));
  if (person.title) lines.push(...wrapText(person.title, width, TEXT.body, measure).map((text) => ({ text, ...TEXT.body })));
  if (person.role)
    lines.push(...wrapText(person.role, width, TEXT.body, measure).map((text) => ({ text, ...TEXT.body, className: 'kp-d-muted' })));
  return lines;
}
