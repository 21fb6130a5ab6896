import { TEXT, type Measure } from './measure.ts';
import { attrs, styledLines } from './svg.ts';

/** One legend entry: a swatch drawn by `swatch(x, y)` in a 28×16 box, and its words. */
export interface LegendItem {
  label: string;
  swatch: (x: number, y: number) => string;
  /** Width of the swatch. @default 28 */
  swatchWidth?: number;
}

const ROW = 24;
const GAP = 18;

/**
 * A legend as rows of entries that wrap within `width`. Returns the markup and its size; the
 * markup starts at (x, y).
 */
export function legendBlock(
  title: string,
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  measure: Measure,
): { markup: string; width: number; height: number } {
  const head = styledLines([{ text: title, ...TEXT.strong }], x, y);
  const parts = [head.markup];
  let cx = x + measure(title, TEXT.strong) + GAP;
  let cy = y;
  let right = cx;
  for (const item of items) {
    const swatchWidth = item.swatchWidth ?? 28;
    const itemWidth = swatchWidth + 6 + measure(item.label, TEXT.body);
    if (cx + itemWidth > x + width && cx > x + 1) {
      cx = x;
      cy += ROW;
    }
    parts.push(
      `<g class="kp-d-legend-item">${item.swatch(cx, cy + 1)}`,
      styledLines([{ text: item.label, ...TEXT.body }], cx + swatchWidth + 6, cy).markup,
      '</g>',
    );
    cx += itemWidth + GAP;
    right = Math.max(right, cx - GAP);
  }
  return { markup: `<g class="kp-d-legend"${attrs({})}>${parts.join('')}</g>`, width: right - x, height: cy - y + ROW };
}
