import type { MatrixDrawing } from '../types.ts';
import { legendBlock, type LegendItem } from './legend.ts';
import { TEXT, widest, wrapText, type Measure } from './measure.ts';
import { attrs, heightOf, num, styledLines, type StyledLine } from './svg.ts';

/**
 * The selection matrix, drawn directly: competitive position across, attractiveness up, the
 * method's threshold of 3 dividing the quadrants, one bubble per account sized by willingness to
 * co-invest, and a legend of the sizes. Each account's name is placed where it overlaps no bubble,
 * no quadrant name and no other name: first beside its bubble, then further out with a leader line.
 */

const SIZE = 440;
const MARGIN = 8;
const AXIS = 22;
const TICKS = 18;
const LABEL_MAX = 170;
const radius = (coInvestment: number | undefined) => (coInvestment === undefined ? 6 : 4 + 2.5 * coInvestment);

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const hitsCircle = (box: Box, cx: number, cy: number, r: number) => {
  const nx = Math.max(box.x, Math.min(cx, box.x + box.w));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.h));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
};

export function drawMatrix(drawing: MatrixDrawing, measure: Measure): { body: string; width: number; height: number } {
  const left = MARGIN + AXIS + TICKS;
  const top = MARGIN;
  const sx = (score: number) => left + ((score - 1) / 4) * SIZE;
  const sy = (score: number) => top + (1 - (score - 1) / 4) * SIZE;
  const half = SIZE / 2;
  const parts: string[] = [];

  // Quadrants and their names in their outer corners.
  const q = drawing.quadrants;
  const quadrants: [keyof typeof q, number, number, 'start' | 'end', 'top' | 'bottom'][] = [
    ['develop', left, top, 'start', 'top'],
    ['invest', left + half, top, 'end', 'top'],
    ['serve', left, top + half, 'start', 'bottom'],
    ['maintain', left + half, top + half, 'end', 'bottom'],
  ];
  const obstacles: Box[] = [];
  for (const [name, x, y, align, edge] of quadrants) {
    parts.push(`<rect class="kp-d-quadrant kp-d-q-${name}"${attrs({ x, y, width: half, height: half })}/>`);
    const lines = wrapText(q[name], half - 16, TEXT.strong, measure);
    const w = widest(lines, TEXT.strong, measure);
    const h = lines.length * heightOf(TEXT.strong);
    const tx = align === 'start' ? x + 8 : x + half - 8 - w;
    const ty = edge === 'top' ? y + 6 : y + half - 6 - h;
    obstacles.push({ x: tx - 2, y: ty - 2, w: w + 4, h: h + 4 });
    parts.push(
      styledLines(
        lines.map((text): StyledLine => ({ text, ...TEXT.strong, className: 'kp-d-quadrant-name' })),
        tx,
        ty,
      ).markup,
    );
  }
  parts.push(`<rect class="kp-d-frame"${attrs({ x: left, y: top, width: SIZE, height: SIZE })}/>`);
  parts.push(
    `<path class="kp-d-midline"${attrs({ d: `M${num(left + half)} ${num(top)}V${num(top + SIZE)}M${num(left)} ${num(top + half)}H${num(left + SIZE)}` })}/>`,
  );

  // Scale 1–5 on both axes.
  for (let score = 1; score <= 5; score++) {
    parts.push(styledLines([{ text: String(score), ...TEXT.body, className: 'kp-d-muted' }], sx(score), top + SIZE + 2, 'middle').markup);
    parts.push(
      styledLines([{ text: String(score), ...TEXT.body, className: 'kp-d-muted' }], left - 9, sy(score) - heightOf(TEXT.body) / 2, 'middle')
        .markup,
    );
  }
  // Axis names: across under the scale, up along the left side.
  const axisY = top + SIZE + TICKS + 2;
  const weak = styledLines([{ text: `← ${drawing.axes.weak}`, ...TEXT.strong }], left, axisY);
  const strongText = `${drawing.axes.strong} →`;
  const strong = styledLines([{ text: strongText, ...TEXT.strong }], left + SIZE - measure(strongText, TEXT.strong), axisY);
  parts.push(weak.markup, strong.markup);
  const lowText = `← ${drawing.axes.low}`;
  const highText = `${drawing.axes.high} →`;
  const ax = MARGIN + heightOf(TEXT.strong) / 2 + TEXT.strong.size * 0.36;
  parts.push(
    `<g transform="rotate(-90 ${num(ax)} ${num(top + SIZE)})">${styledLines([{ text: lowText, ...TEXT.strong }], ax, top + SIZE - heightOf(TEXT.strong) / 2 - TEXT.strong.size * 0.36).markup}</g>`,
    `<g transform="rotate(-90 ${num(ax)} ${num(top)})">${styledLines([{ text: highText, ...TEXT.strong }], ax - measure(highText, TEXT.strong), top - heightOf(TEXT.strong) / 2 - TEXT.strong.size * 0.36).markup}</g>`,
  );

  // Bubbles: accounts with the same scores are spread around their common point.
  const spots = new Map<string, number>();
  const same = new Map<string, number>();
  for (const point of drawing.points) {
    const key = `${point.position},${point.attractiveness}`;
    same.set(key, (same.get(key) ?? 0) + 1);
  }
  const bubbles = drawing.points.map((point) => {
    const key = `${point.position},${point.attractiveness}`;
    const count = same.get(key)!;
    const index = spots.get(key) ?? 0;
    spots.set(key, index + 1);
    const angle = (2 * Math.PI * index) / count - Math.PI / 2;
    const spread = count > 1 ? 10 : 0;
    return {
      point,
      cx: sx(point.position) + spread * Math.cos(angle),
      cy: sy(point.attractiveness) + spread * Math.sin(angle),
      r: radius(point.coInvestment),
    };
  });
  for (const bubble of bubbles) {
    parts.push(
      `<circle class="kp-d-bubble kp-d-q-${bubble.point.quadrant}${bubble.point.coInvestment === undefined ? ' kp-d-bubble--unscored' : ''}"${attrs({ cx: bubble.cx, cy: bubble.cy, r: bubble.r })}/>`,
    );
  }

  // Names, most crowded first would be better; in drawing order they are stable and good enough.
  const placed: Box[] = [];
  const plot: Box = { x: left, y: top, w: SIZE, h: SIZE };
  const labels: string[] = [];
  for (const bubble of bubbles) {
    const lines = wrapText(bubble.point.name, LABEL_MAX, TEXT.body, measure);
    const w = widest(lines, TEXT.body, measure) + 4;
    const h = lines.length * heightOf(TEXT.body);
    const spot = placeLabel(bubble, w, h, plot, bubbles, placed, obstacles);
    placed.push(spot.box);
    if (spot.leader) labels.push(`<path class="kp-d-leader"${attrs({ d: spot.leader })}/>`);
    labels.push(
      styledLines(
        lines.map((text): StyledLine => ({ text, ...TEXT.body })),
        spot.box.x + 2,
        spot.box.y,
      ).markup,
    );
  }
  parts.push(`<g class="kp-d-names">${labels.join('')}</g>`);

  // Legend of bubble sizes.
  const legendTop = axisY + heightOf(TEXT.strong) + 12;
  const items: LegendItem[] = [1, 3, 5].map((value) => ({
    label: String(value),
    swatchWidth: 2 * radius(5),
    swatch: (x: number, y: number) =>
      `<circle class="kp-d-bubble kp-d-bubble--legend"${attrs({ cx: x + radius(5), cy: y + 8, r: radius(value) })}/>`,
  }));
  if (drawing.points.some((point) => point.coInvestment === undefined)) {
    items.push({
      label: drawing.legend.notScored,
      swatchWidth: 2 * radius(5),
      swatch: (x: number, y: number) =>
        `<circle class="kp-d-bubble kp-d-bubble--legend kp-d-bubble--unscored"${attrs({ cx: x + radius(5), cy: y + 8, r: radius(undefined) })}/>`,
    });
  }
  const legend = legendBlock(drawing.legend.title, items, left, legendTop + 4, SIZE, measure);
  parts.push(legend.markup);
  const width = Math.max(left + SIZE, left + legend.width, ...placed.map((box) => box.x + box.w)) + MARGIN;
  const height = legendTop + 4 + legend.height + MARGIN + 8;
  return { body: parts.join(''), width, height };
}

type Bubble = { cx: number; cy: number; r: number };

/** The first free spot around a bubble, ring by ring; the nearest spot when the plot is full. */
function placeLabel(
  bubble: Bubble,
  w: number,
  h: number,
  plot: Box,
  bubbles: readonly Bubble[],
  placed: readonly Box[],
  obstacles: readonly Box[],
): { box: Box; leader?: string } {
  const directions: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
    [1, -1],
    [1, 1],
    [-1, -1],
    [-1, 1],
  ];
  for (let ring = 0; ring < 8; ring++) {
    const distance = bubble.r + 3 + ring * 12;
    for (const [dx, dy] of directions) {
      const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const ax = bubble.cx + dx * distance * diagonal;
      const ay = bubble.cy + dy * distance * diagonal;
      const box: Box = { x: dx > 0 ? ax : dx < 0 ? ax - w : ax - w / 2, y: dy > 0 ? ay : dy < 0 ? ay - h : ay - h / 2, w, h };
      const inside =
        box.x >= plot.x + 2 && box.y >= plot.y + 2 && box.x + box.w <= plot.x + plot.w - 2 && box.y + box.h <= plot.y + plot.h - 2;
      if (!inside) continue;
      if (bubbles.some((other) => hitsCircle(box, other.cx, other.cy, other.r + 2))) continue;
      if (placed.some((other) => overlaps(box, other)) || obstacles.some((other) => overlaps(box, other))) continue;
      if (ring === 0) return { box };
      const near = { x: Math.max(box.x, Math.min(bubble.cx, box.x + box.w)), y: Math.max(box.y, Math.min(bubble.cy, box.y + box.h)) };
      const angle = Math.atan2(near.y - bubble.cy, near.x - bubble.cx);
      return {
        box,
        leader: `M${num(bubble.cx + bubble.r * Math.cos(angle))} ${num(bubble.cy + bubble.r * Math.sin(angle))}L${num(near.x)} ${num(near.y)}`,
      };
    }
  }
  return { box: { x: bubble.cx + bubble.r + 3, y: bubble.cy - h / 2, w, h } };
}
