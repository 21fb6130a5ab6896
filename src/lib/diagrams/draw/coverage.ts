import type { CoverageDrawing } from '../types.ts';
import { TEXT, widest, wrapText, type Measure } from './measure.ts';
import { attrs, heightOf, num, styledLines, type StyledLine } from './svg.ts';

/**
 * The coverage map: our people in the left column, the client's in the right, a line for each
 * person one of ours covers (weight = relationship, label = cadence).
 *
 * Each person at the client has at most one `owner`, so the map is a forest of depth one: with the
 * client's people grouped by who covers them and each of ours level with their group, no two lines
 * cross. That is the layout a tree layout would give; a general graph layout (elkjs's layered
 * algorithm was tried) took 30–190 ms a map here to find the same picture.
 */

const BOX = 220;
const PAD_X = 10;
const PAD_Y = 7;
const GAP = 10;
const GROUP_GAP = 18;
const PANEL = 12;
const MARGIN = 8;

export function drawCoverage(drawing: CoverageDrawing, id: string, measure: Measure): { body: string; width: number; height: number } {
  const inner = BOX - 2 * PAD_X;
  const heightOfLines = (lines: StyledLine[]) => lines.reduce((sum, line) => sum + heightOf(line), 0) + 2 * PAD_Y;
  const ours = drawing.ours.map((person) => ({ ...person, lines: boxLines(person.name, person.detail, undefined, inner, measure) }));
  const theirs = new Map(
    drawing.theirs.map((person) => [person.id, { ...person, lines: boxLines(person.name, person.detail, person.flag, inner, measure) }]),
  );
  const ownerOf = new Map(drawing.links.map((link) => [link.to, link]));

  // Right column: the client's people by owner, in our column's order, then those nobody covers.
  const groups = ours.map((person) => drawing.theirs.filter((their) => ownerOf.get(their.id)?.from === person.id).map((their) => their.id));
  const uncovered = drawing.theirs.filter((their) => !ownerOf.has(their.id)).map((their) => their.id);

  const labelWidth = widest(
    drawing.links.flatMap((link) => (link.label ? [link.label] : [])),
    TEXT.body,
    measure,
  );
  const columnGap = Math.max(90, labelWidth + 80);
  const titles = [drawing.ourTitle, drawing.theirTitle].map((title) =>
    wrapText(title, BOX + 2 * PANEL - 4, TEXT.name, measure).map((text): StyledLine => ({ text, ...TEXT.name })),
  );
  const titleHeight = Math.max(...titles.map((lines) => lines.reduce((sum, line) => sum + heightOf(line), 0)));
  const top = MARGIN + titleHeight + 6 + PANEL;
  const leftX = MARGIN + PANEL;
  const rightX = leftX + BOX + PANEL + columnGap + PANEL;

  const place = new Map<string, { x: number; y: number; h: number }>();
  let y = top;
  let leftY = top;
  const nodes: string[] = [];
  const drawBox = (key: string, x: number, boxY: number, lines: StyledLine[], className: string) => {
    const h = heightOfLines(lines);
    place.set(key, { x, y: boxY, h });
    nodes.push(
      `<g class="${className}"><rect${attrs({ x, y: boxY, width: BOX, height: h, rx: 6 })}/>${styledLines(lines, x + PAD_X, boxY + PAD_Y).markup}</g>`,
    );
    return h;
  };
  ours.forEach((person, index) => {
    const group = groups[index]!;
    const groupTop = y;
    for (const theirId of group) {
      const their = theirs.get(theirId)!;
      y += drawBox(`t:${theirId}`, rightX, y, their.lines, theirClass(their)) + GAP;
    }
    const groupBottom = group.length > 0 ? y - GAP : y;
    const ourHeight = heightOfLines(person.lines);
    // Level with the middle of its group, below the one before it.
    const ourY = Math.max(leftY, group.length > 0 ? (groupTop + groupBottom) / 2 - ourHeight / 2 : leftY);
    drawBox(`o:${person.id}`, leftX, ourY, person.lines, 'kp-d-node kp-d-ours');
    leftY = ourY + ourHeight + GAP;
    if (group.length > 0) y = Math.max(y - GAP + GROUP_GAP, leftY);
  });
  for (const theirId of uncovered) {
    const their = theirs.get(theirId)!;
    y += drawBox(`t:${theirId}`, rightX, y, their.lines, theirClass(their)) + GAP;
  }
  const bottom = Math.max(y, leftY) - GAP;

  const panels = [leftX, rightX].map(
    (x, index) =>
      `<rect class="kp-d-panel"${attrs({ x: x - PANEL, y: top - PANEL, width: BOX + 2 * PANEL, height: bottom - top + 2 * PANEL, rx: 8 })}/>` +
      styledLines(titles[index]!, x - PANEL + 2, MARGIN).markup,
  );

  const arrow = `${id}-arrow`;
  const defs = `<defs><marker id="${arrow}" class="kp-d-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0 0L10 5L0 10z"/></marker></defs>`;
  const lines: string[] = [];
  const labels: string[] = [];
  for (const link of drawing.links) {
    const from = place.get(`o:${link.from}`);
    const to = place.get(`t:${link.to}`);
    if (!from || !to) continue;
    const x1 = from.x + BOX;
    const y1 = from.y + from.h / 2;
    const x2 = to.x - 2;
    const y2 = to.y + to.h / 2;
    const bend = (x2 - x1) / 2;
    const d = `M${num(x1)} ${num(y1)}C${num(x1 + bend)} ${num(y1)} ${num(x2 - bend)} ${num(y2)} ${num(x2)} ${num(y2)}`;
    lines.push(`<path class="kp-d-link kp-d-rel-${link.relationship ?? 'unknown'}"${attrs({ d, 'marker-end': `url(#${arrow})` })}/>`);
    if (link.label) {
      // Where the line runs level into the box it points at: labels there never meet.
      const w = measure(link.label, TEXT.body) + 8;
      const h = heightOf(TEXT.body);
      const lx = x2 - 12 - w;
      labels.push(
        `<g class="kp-d-link-label"><rect${attrs({ x: lx, y: y2 - h / 2, width: w, height: h, rx: 3 })}/>${styledLines([{ text: link.label, ...TEXT.body }], lx + w / 2, y2 - h / 2, 'middle').markup}</g>`,
      );
    }
  }
  const width = rightX + BOX + PANEL + MARGIN;
  const height = bottom + PANEL + MARGIN;
  return { body: `${defs}${panels.join('')}${lines.join('')}${nodes.join('')}${labels.join('')}`, width, height };
}

function theirClass(person: CoverageDrawing['theirs'][number]): string {
  return `kp-d-node kp-d-theirs kp-d-influence-${person.influence ?? 'unknown'}${person.flag ? ' kp-d-uncovered' : ''}`;
}

function boxLines(name: string, detail: string | undefined, flag: string | undefined, width: number, measure: Measure): StyledLine[] {
  const lines: StyledLine[] = wrapText(name, width, TEXT.name, measure).map((text) => ({ text, ...TEXT.name }));
  if (detail) lines.push(...wrapText(detail, width, TEXT.body, measure).map((text) => ({ text, ...TEXT.body })));
  if (flag) lines.push(...wrapText(flag, width, TEXT.strong, measure).map((text) => ({ text, ...TEXT.strong, className: 'kp-d-flag' })));
  return lines;
}
