/**
 * Text measurement for the drawings. The build measures with the font the site ships for diagrams
 * (`src/node/diagrams/fonts.ts`); the drawings only need a width for a run of text.
 */

export type Weight = 400 | 600;

export interface TextStyle {
  /** Font size in px. */
  size: number;
  weight: Weight;
}

/** The drawn width of `text` in px. */
export type Measure = (text: string, style: TextStyle) => number;

/** Sizes used by every drawing: nothing smaller than 13 px, so 11 px on a phone at the narrowest scale. */
export const TEXT = {
  name: { size: 14, weight: 600 },
  body: { size: 13, weight: 400 },
  strong: { size: 13, weight: 600 },
} as const satisfies Record<string, TextStyle>;

/** The smallest font size drawn. */
export const MIN_FONT_SIZE = 13;

/**
 * Splits text into lines no wider than `width`, at spaces where it can; a word wider than a line
 * is cut where it no longer fits. Lines are balanced: the narrowest width that needs no more lines
 * is used, so a title never ends in a stray word or two on a line of their own. Never returns an
 * empty list.
 */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines = greedy(text, width, style, measure);
  if (lines.length < 2 || lines.some((line) => !line.includes(' ') && measure(line, style) > width * 0.98)) return lines;
  let low = 0;
  let high = width;
  let best = lines;
  // A few halvings find the balanced width to within a pixel or two.
  for (let step = 0; step < 7; step++) {
    const middle = (low + high) / 2;
    const trial = greedy(text, middle, style, measure);
    // Balancing never cuts a word that the full width kept whole.
    if (trial.length <= lines.length && trial.join(' ') === lines.join(' ')) {
      best = trial;
      high = middle;
    } else low = middle;
  }
  return best;
}

function greedy(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, style) > width) {
      const chars = [...rest];
      let fit = 1;
      while (fit < chars.length && measure(chars.slice(0, fit + 1).join(''), style) <= width) fit++;
      lines.push(chars.slice(0, fit).join(''));
      rest = chars.slice(fit).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The widest of some lines. */
export function widest(lines: readonly string[], style: TextStyle, measure: Measure): number {
  return lines.reduce((max, line) => Math.max(max, measure(line, style)), 0);
}
