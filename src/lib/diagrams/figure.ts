import { escapeMarkup, inlineSvg } from './svg.ts';

/**
 * HTML for a diagram outside an Astro component (authors' ```mermaid blocks): the same markup
 * `Diagram.astro` produces, as a string. Classes are documented there.
 */

export interface FigureOptions {
  /** Unique on the page. */
  id: string;
  caption?: string;
  description?: string;
}

/** A rendered SVG in a figure: hidden from the search index, named for screen readers. */
export function svgFigure(svg: string, renderId: string, { id, caption, description }: FigureOptions): string {
  const inner = inlineSvg(svg, { renderId, id, ...(caption ? { title: caption } : {}), ...(description ? { description } : {}) });
  return `<figure class="kp-diagram" data-pagefind-ignore><div class="kp-diagram__svg">${inner}</div>${caption ? `<figcaption>${escapeMarkup(caption)}</figcaption>` : ''}</figure>`;
}

/**
 * Mermaid text left for the reader's browser to draw (no Chromium at build time), or shown as
 * text with a note when Mermaid rejected it.
 */
export function textFigure(code: string, { caption, error }: { caption?: string; error?: string } = {}): string {
  // Line breaks as references: a blank line would end a Markdown HTML block.
  const text = escapeMarkup(code).replace(/\r?\n/g, '&#10;');
  const pre = error ? `<pre class="kp-diagram__source">${text}</pre>` : `<pre class="mermaid" data-kp-mermaid>${text}</pre>`;
  const note = error ? `<p class="kp-diagram__error">${escapeMarkup(error)}</p>` : '';
  return `<figure class="kp-diagram" data-pagefind-ignore>${pre}${note}${caption ? `<figcaption>${escapeMarkup(caption)}</figcaption>` : ''}</figure>`;
}
