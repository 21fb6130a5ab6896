/**
 * Authors' ```mermaid blocks drawn without a browser (beautiful-mermaid): which kinds it draws, and
 * its SVG made fit for our pages. Pure: the Node side (`src/node/diagrams/static-mermaid.ts`) runs
 * Mermaid's parser and the renderer.
 */

/**
 * Mermaid's names (from `mermaid.parse`) of the kinds drawn without a browser: flowcharts, sequence,
 * class, state and entity-relationship diagrams. Other kinds (pie, gantt, mindmap, …) keep the
 * browser path.
 */
const STATIC_KINDS = new Set(['flowchart', 'flowchart-v2', 'flowchart-elk', 'sequence', 'class', 'classDiagram', 'stateDiagram', 'er']);

/** Whether a diagram Mermaid parsed as `kind` is drawn without a browser. */
export const drawnStatically = (kind: string): boolean => STATIC_KINDS.has(kind);

/**
 * Mermaid's entity codes in labels (`#quot;`, `#35;`) as the XML references the renderer decodes.
 * Other named codes are left as typed.
 */
export const mermaidEntities = (code: string): string =>
  code.replace(/#(\d{1,7}|quot|amp|lt|gt|apos);/g, (_, name: string) => (/^\d/.test(name) ? `&#${name};` : `&${name};`));

/**
 * The renderer's SVG for an inline figure:
 * - its `<style>` element and the root's `style` attribute go (the site's stylesheet carries the
 *   same rules under `svg.kp-bm`, with the page's colours, so the Content Security Policy needs no
 *   inline style and dark mode follows the page); the `@import` of a web font with them;
 * - the root gets `id` and the class `kp-bm`; every id inside is prefixed with `id`, so that two
 *   diagrams on one page never share a marker.
 */
export function staticSvg(svg: string, id: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  let out = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '');
  out = out.replace(
    /<svg\b([^>]*)>/,
    (_, attributes: string) => `<svg id="${id}" class="kp-bm"${attributes.replace(/\s(?:style|class|id)="[^"]*"/g, '')}>`,
  );
  for (const name of ids) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(\\sid=")${escaped}"`, 'g'), `$1${id}-${name}"`)
      // References inside attribute values only: a label may read `url(#…)` as text.
      .replace(new RegExp(`(="[^"]*)url\\(#${escaped}\\)`, 'g'), `$1url(#${id}-${name})`)
      .replace(new RegExp(`(\\shref=")#${escaped}"`, 'g'), `$1#${id}-${name}"`);
  }
  return out.trim();
}
