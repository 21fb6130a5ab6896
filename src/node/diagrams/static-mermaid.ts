import { renderMermaidSVG } from 'beautiful-mermaid';
import DOMPurify from 'dompurify';
import { mermaidConfig } from '../../lib/diagrams/config.ts';
import { esc } from '../../lib/diagrams/draw/svg.ts';
import { drawnStatically, mermaidEntities, staticSvg } from '../../lib/diagrams/static-svg.ts';

/** What became of an author's block on the way without a browser. */
export type StaticResult =
  | { svg: string }
  /** Mermaid's parser rejected the text: the same message Chromium's Mermaid gives. */
  | { error: string }
  /** A kind this path does not draw, or one Mermaid cannot judge outside a browser. */
  | undefined;

type Mermaid = typeof import('mermaid').default;
let parser: Promise<Mermaid> | undefined;

/**
 * Mermaid's parsers pass labels through DOMPurify, which in Node has no DOM and so no `sanitize` or
 * `addHook` at all. Nothing the parser returns is kept (beautiful-mermaid draws from the text and
 * escapes it), so here sanitising escapes all markup and hooks do nothing. Only where DOMPurify
 * cannot work: in a browser or with a DOM it is left as it is.
 */
function parserOnlyPurify(): void {
  const purify = DOMPurify as unknown as Record<string, unknown>;
  if (typeof purify['addHook'] === 'function') return;
  Object.assign(purify, {
    addHook: () => undefined,
    removeHook: () => undefined,
    removeHooks: () => undefined,
    removeAllHooks: () => undefined,
    sanitize: (dirty: unknown) => esc(String(dirty)),
  });
}

/** Mermaid itself, for its parser only (loaded on the first author's block: about 2 s). */
function mermaid(): Promise<Mermaid> {
  parserOnlyPurify();
  parser ??= import('mermaid').then(({ default: loaded }) => {
    loaded.initialize(structuredClone(mermaidConfig) as unknown as Parameters<Mermaid['initialize']>[0]);
    return loaded;
  });
  return parser;
}

/**
 * An author's ```mermaid block drawn in this process: Mermaid's own parser judges the text (so a
 * broken block gets the message it always got), then beautiful-mermaid draws the kinds it supports.
 * `id` is the SVG's id, which prefixes every id inside it.
 */
export async function drawMermaid(code: string, id: string): Promise<StaticResult> {
  let loaded: Mermaid;
  try {
    loaded = await mermaid();
  } catch {
    return undefined;
  }
  let kind: string;
  try {
    kind = (await loaded.parse(code)).diagramType;
  } catch (error) {
    // A parse error is Mermaid's verdict on the text; anything else is this process lacking what a
    // browser has, and the browser path decides.
    if (error instanceof TypeError || error instanceof ReferenceError) return undefined;
    return { error: String((error as Error).message ?? error) };
  }
  if (!drawnStatically(kind)) return undefined;
  try {
    return { svg: staticSvg(renderMermaidSVG(mermaidEntities(code), { transparent: true }), id) };
  } catch {
    return undefined;
  }
}
