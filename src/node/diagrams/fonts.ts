import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import type { Measure, TextStyle, Weight } from '../../lib/diagrams/draw/measure.ts';

/**
 * Measures diagram text with Inter, the font the site ships for diagrams (`@fontsource/inter`,
 * declared by `Diagram.astro`): the same files the reader's browser downloads, subset by subset.
 *
 * A width is the sum of the glyphs' advance widths. Diagram text is drawn with kerning and
 * contextual alternates off (see `Diagram.astro`), so that sum is what the browser draws; running
 * the full shaper on every label would cost about a millisecond each.
 */

/** Characters no face covers (emoji, CJK) are drawn by a system font: counted generously. */
const FALLBACK_EM = 1.25;

interface Face {
  /** The code points the browser takes from this file (its `unicode-range`). */
  ranges: [from: number, to: number][];
  file: string;
  font?: Font;
  /** Advance in em per code point. */
  advances: Map<number, number>;
}

const require = createRequire(join(process.cwd(), 'package.json'));

let version: string | undefined;
/** The version of the font files: part of the render cache key, read once per process. */
export function fontVersion(): string {
  version ??= (JSON.parse(readFileSync(require.resolve('@fontsource/inter/package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * The faces of one weight as the site declares them (`@fontsource/inter/<weight>.css`, imported by
 * `Diagram.astro`): each file with its `unicode-range`, so a character is measured in the file the
 * browser draws it from. Files are read when a character first needs them.
 */
function facesOf(weight: Weight): Face[] {
  const css = readFileSync(require.resolve(`@fontsource/inter/${weight}.css`), 'utf8');
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)];
    });
    faces.push({ ranges, file: require.resolve(`@fontsource/inter/${file}`), advances: new Map() });
  }
  return faces;
}

class FontFamily {
  readonly #faces = new Map<Weight, Face[]>();
  readonly #widths = new Map<string, number>();

  /** Advance of one character in em. */
  #advance(codePoint: number, weight: Weight): number {
    let faces = this.#faces.get(weight);
    if (!faces) this.#faces.set(weight, (faces = facesOf(weight)));
    // The last declared face wins where ranges overlap, as in the browser.
    for (let index = faces.length - 1; index >= 0; index--) {
      const face = faces[index]!;
      if (!face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) continue;
      let advance = face.advances.get(codePoint);
      if (advance === undefined) {
        if (!face.font) {
          const font = create(readFileSync(face.file));
          if (!('unitsPerEm' in font)) continue;
          face.font = font;
        }
        advance = face.font.hasGlyphForCodePoint(codePoint)
          ? face.font.glyphForCodePoint(codePoint).advanceWidth / face.font.unitsPerEm
          : -1;
        face.advances.set(codePoint, advance);
      }
      if (advance >= 0) return advance;
    }
    // Marks that combine with the letter before them take no room of their own.
    return /\p{M}/u.test(String.fromCodePoint(codePoint)) ? 0 : FALLBACK_EM;
  }

  measure: Measure = (text: string, { size, weight }: TextStyle) => {
    const key = `${weight}\u0000${text}`;
    let em = this.#widths.get(key);
    if (em === undefined) {
      em = 0;
      for (const char of text) em += this.#advance(char.codePointAt(0)!, weight);
      if (this.#widths.size > 50_000) this.#widths.clear();
      this.#widths.set(key, em);
    }
    return em * size;
  };
}

let family: FontFamily | undefined;

/** The measure of the site's diagram font, loaded once per process. */
export function fontMeasure(): Measure {
  family ??= new FontFamily();
  return family.measure;
}
