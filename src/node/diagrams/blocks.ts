import { svgIdOf } from '../../lib/diagrams/config.ts';
import { svgFigure, textFigure } from '../../lib/diagrams/figure.ts';
import { diagramService, INLINE_STYLES } from './service.ts';

/** Where a ```mermaid block is, for messages and for ids unique on its page. */
export interface BlockPlace {
  /** Project-relative path of the file. */
  path?: string;
  line?: number;
  /** How many times this same text already appeared in the file. */
  repeat: number;
}

/**
 * The HTML that replaces an author's ```mermaid block: the static SVG, or the text for the
 * reader's browser when there is no Chromium, or the text and Mermaid's message when the
 * diagram has a syntax error (also reported as a warning with the file and line).
 */
export async function renderBlock(code: string, place: BlockPlace, warn: (message: string) => void): Promise<string> {
  const service = diagramService();
  const outcome = await service.render(code);
  // Mermaid's own drawings carry inline styles, as does what the reader's browser will draw: the page
  // that shows this body must allow them (`Base.astro`).
  if (outcome.status === 'unavailable' || (outcome.status === 'ok' && INLINE_STYLES.test(outcome.svg))) service.noteStyled(place.path);
  if (outcome.status === 'ok') {
    const renderId = svgIdOf(outcome.hash);
    return svgFigure(outcome.svg, renderId, { id: place.repeat === 0 ? renderId : `${renderId}-${place.repeat + 1}` });
  }
  if (outcome.status === 'unavailable') return textFigure(code);
  const where = place.path ? `${place.path}${place.line ? `:${place.line}:1` : ''}  ` : '';
  const reason = oneLine(outcome.message);
  warn(
    `${where}This mermaid diagram cannot be drawn: ${reason} The page shows its text instead; fix the syntax (try it at https://mermaid.live). [mermaid]`,
  );
  return textFigure(code, { error: `Mermaid could not draw this diagram: ${reason}` });
}

/** Mermaid's message (a parse error spans lines, with a caret under the spot) on one line. */
function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim().slice(0, 300);
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
