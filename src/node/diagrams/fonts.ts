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

/** Fontsource's subsets in the order they are tried for a character (latin first: most text). */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;
/** Characters no subset has (emoji, CJK) are drawn by a system font: counted generously. */
const FALLBACK_EM = 1.25;

interface Face {
  font: Font;
  /** Advance in em per code point. */
  advances: Map<number, number>;
}

const require = createRequire(join(process.cwd(), 'package.json'));

/** The version of the font files: part of the render cache key. */
export function fontVersion(): string {
  const manifest = require.resolve('@fontsource/inter/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

class FontFamily {
  readonly #faces = new Map<string, Face | null>();
  readonly #widths = new Map<string, number>();

  #face(subset: string, weight: Weight): Face | null {
    const key = `${subset}-${weight}`;
    let face = this.#faces.get(key);
    if (face === undefined) {
      const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`);
      const font = create(readFileSync(file));
      face = 'unitsPerEm' in font ? { font, advances: new Map() } : null;
      this.#faces.set(key, face);
    }
    return face;
  }

  /** Advance of one character in em. */
  #advance(codePoint: number, weight: Weight): number {
    for (const subset of SUBSETS) {
      const face = this.#face(subset, weight);
      if (!face) continue;
      let advance = face.advances.get(codePoint);
      if (advance === undefined) {
        advance = face.font.hasGlyphForCodePoint(codePoint) ? face.font.glyphForCodePoint(codePoint).advanceWidth / face.font.unitsPerEm : -1;
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
