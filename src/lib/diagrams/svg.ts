/**
 * Turns a rendered Mermaid SVG into markup for one place on a page: ids made unique on the page,
 * and an accessible name and description. The cache keeps Mermaid's SVG untouched, so changing
 * this never re-renders anything.
 */

export interface InlineOptions {
  /** The id Mermaid rendered the SVG with (`svgIdOf(hash)`); every inner id starts with it. */
  renderId: string;
  /** The id to use on this page: `renderId` itself, or with a suffix when a diagram repeats. */
  id: string;
  /** Accessible name, as `<title>`. Omit to keep Mermaid's (an author's `accTitle`), if any. */
  title?: string;
  /** Longer description, as `<desc>`. */
  description?: string;
}

/** Text for HTML or SVG markup, as element text or a double-quoted attribute value. */
const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Attributes Mermaid sets on `<svg>` that the page replaces. */
const A11Y_ATTRIBUTES = /\s(?:role|aria-roledescription|aria-labelledby|aria-describedby)="[^"]*"/g;

export function inlineSvg(svg: string, { renderId, id, title, description }: InlineOptions): string {
  // The render id is a hash-derived token: replacing it cannot touch anything else.
  const markup = id === renderId ? svg : svg.split(renderId).join(id);
  const open = /<svg\b[^>]*>/.exec(markup);
  if (!open) return markup;
  const body = markup.slice(open.index + open[0].length);
  const name = title ?? existing(body, 'title');
  const desc = description ?? existing(body, 'desc');
  const attributes = [' role="img"', name ? ` aria-labelledby="${id}-title"` : '', desc ? ` aria-describedby="${id}-desc"` : ''].join('');
  return [
    open[0].replace(A11Y_ATTRIBUTES, '').replace(/>$/, `${attributes}>`),
    name ? `<title id="${id}-title">${escapeMarkup(name)}</title>` : '',
    desc ? `<desc id="${id}-desc">${escapeMarkup(desc)}</desc>` : '',
    // Mermaid's own title and desc (from `accTitle`, `accDescr`) are replaced by the ones above.
    body.replace(TITLE, '').replace(DESC, ''),
  ].join('');
}

const TITLE = /<title\b[^>]*>[\s\S]*?<\/title>/;
const DESC = /<desc\b[^>]*>[\s\S]*?<\/desc>/;

/** Text of Mermaid's own `<title>` or `<desc>` (from `accTitle` / `accDescr`), entities decoded. */
function existing(svg: string, element: 'title' | 'desc'): string | undefined {
  const match = (element === 'title' ? TITLE : DESC).exec(svg);
  if (!match) return undefined;
  return match[0]
    .replace(/^<[^>]*>|<\/[a-z]+>$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, digits: string) => String.fromCodePoint(Number(digits)))
    .replace(/&amp;/g, '&');
}
