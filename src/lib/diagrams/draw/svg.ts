/**
 * Small helpers for writing SVG as text: escaping of everything people typed, numbers written
 * the same way on every machine, and text lines as `<tspan>`s. Pure: the drawings build strings.
 */

/** Characters XML 1.0 does not allow, and lone surrogates: dropped, or the SVG would not parse. */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value for SVG markup (also safe inside HTML, where the SVG is inlined). */
export function esc(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate with one decimal, never `-0`: the same bytes for the same input everywhere. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** `name="value"` pairs; `undefined` values are left out, strings are escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : esc(value)}"`)
    .join('');
}

/** The root element of a drawing. Title and description make it accessible on its own as well. */
export function svgRoot(
  options: { id: string; kind: string; width: number; height: number; title: string; description: string },
  body: string,
): string {
  const { id, kind, width, height, title, description } = options;
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${esc(id)}" class="kp-d kp-d--${kind}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${esc(id)}-title" aria-describedby="${esc(id)}-desc">` +
    `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>` +
    `${body}</svg>`
  );
}

export interface StyledLine {
  text: string;
  size: number;
  weight: 400 | 600;
  /** CSS class of the line (`kp-d-muted`, `kp-d-flag`…). */
  className?: string;
}

/** Line height of a styled line. */
export const heightOf = (line: Pick<StyledLine, 'size'>) => Math.round(line.size * 1.35);

/**
 * Lines of text from `top` downwards as one `<text>`: each line's baseline sits where Inter's
 * capitals are centred in its line box. Returns the markup and the height taken.
 */
export function styledLines(
  lines: readonly StyledLine[],
  x: number,
  top: number,
  anchor: 'start' | 'middle' = 'start',
): { markup: string; height: number } {
  let y = top;
  const spans = lines.map((line) => {
    const lh = heightOf(line);
    const baseline = y + lh / 2 + line.size * 0.36;
    y += lh;
    return `<tspan${attrs({ x, y: baseline, 'font-size': line.size, 'font-weight': line.weight === 600 ? 600 : undefined, class: line.className })}>${esc(line.text)}</tspan>`;
  });
  return {
    markup: `<text${attrs({ 'text-anchor': anchor === 'middle' ? 'middle' : undefined })}>${spans.join('')}</text>`,
    height: y - top,
  };
}
