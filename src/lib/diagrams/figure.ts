import { inlineSvg } from './svg.ts';

/**
 * The markup of a diagram on a page, in one place: `Diagram.astro` (generated diagrams and Mermaid
 * text in pages) and authors' ```mermaid blocks in bodies (`src/node/diagrams/blocks.ts`) both write
 * it with `figureHtml`. Classes are documented in `Diagram.astro`, whose stylesheet they serve.
 *
 * Text and attribute values are escaped alike (`& < > ' "`), so a figure reads the same whichever
 * way it was made, and no typed name puts markup even inside an attribute.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const text = (value: string) => value.replace(/[&<>'"]/g, (char) => ENTITIES[char]!);
/** ` name="value"`; nothing for `undefined`, the bare name for `""`. */
const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : value === '' ? ` ${name}` : ` ${name}="${text(value)}"`;

export interface FigureParts {
  /** Classes after `kp-diagram`: a generated diagram's kind (`kp-diagram--timeline`), the page's own class. */
  classes?: readonly (string | false | null | undefined)[];
  /** Which generated diagram this is (`data-diagram`). */
  key?: string | undefined;
  /**
   * The drawing, as inline SVG markup (`inlineSvg`); for a generated diagram, the narrowest width at
   * which its text stays legible (`floor`, px) and the name of its sideways scroller (`label`).
   */
  svg?: { markup: string; floor?: number | undefined; label?: string | undefined } | undefined;
  /** Mermaid text left for the reader's browser to draw, and its accessible name. */
  browser?: { code: string; label?: string | undefined } | undefined;
  /** Mermaid text that Mermaid rejected, shown as text with why. */
  failed?: { code: string; error: string } | undefined;
  caption?: string | undefined;
  /** Keep the caption for screen readers only. @default false */
  hideCaption?: boolean;
  /** Write line breaks of Mermaid text as `&#10;`: in Markdown, a blank line would end the HTML block. @default false */
  lineReferences?: boolean;
}

/** A diagram in a `<figure>` left out of the search index, with its caption. */
export function figureHtml(parts: FigureParts): string {
  const { key, svg, browser, failed, caption, hideCaption = false, lineReferences = false } = parts;
  const code = (value: string) => (lineReferences ? text(value).replace(/\r?\n/g, '&#10;') : text(value));
  const classes = ['kp-diagram', ...(parts.classes ?? [])].filter(Boolean).join(' ');
  return [
    `<figure${attribute('class', classes)} data-pagefind-ignore${attribute('data-diagram', key)}>`,
    svg ? drawing(svg) : '',
    browser ? `<pre class="mermaid" data-kp-mermaid${attribute('aria-label', browser.label)}>${code(browser.code)}</pre>` : '',
    failed ? `<pre class="kp-diagram__source">${code(failed.code)}</pre><p class="kp-diagram__error">${text(failed.error)}</p>` : '',
    caption ? `<figcaption${hideCaption ? ' class="visually-hidden"' : ''}>${text(caption)}</figcaption>` : '',
    '</figure>',
  ].join('');
}

/**
 * The drawing in its scroller. With a floor, an empty SVG of that width beside the drawing holds the
 * scroller open on a narrow screen (the Content Security Policy forbids `style` attributes, and the
 * drawing's own `width` is its widest), and the scroller is a named region that takes the keyboard.
 */
function drawing({ markup, floor, label }: NonNullable<FigureParts['svg']>): string {
  if (!floor) return `<div class="kp-diagram__svg">${markup}</div>`;
  const floorSvg = `<svg class="kp-diagram__floor" width="${floor}" height="0" aria-hidden="true" focusable="false"></svg>`;
  return `<div class="kp-diagram__svg" role="region"${attribute('aria-label', label)} tabindex="0"><div class="kp-diagram__fit">${markup}${floorSvg}</div></div>`;
}

export interface FigureOptions {
  /** Unique on the page. */
  id: string;
  caption?: string;
  description?: string;
}

/** A rendered SVG in a figure: hidden from the search index, named for screen readers. */
export function svgFigure(svg: string, renderId: string, { id, caption, description }: FigureOptions): string {
  const markup = inlineSvg(svg, { renderId, id, ...(caption ? { title: caption } : {}), ...(description ? { description } : {}) });
  return figureHtml({ svg: { markup }, caption });
}

/**
 * Mermaid text left for the reader's browser to draw (no Chromium at build time), or shown as
 * text with a note when Mermaid rejected it.
 */
export function textFigure(code: string, { caption, error }: { caption?: string; error?: string } = {}): string {
  return figureHtml({ ...(error ? { failed: { code, error } } : { browser: { code } }), caption, lineReferences: true });
}
