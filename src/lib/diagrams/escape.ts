/**
 * Escaping of text people typed (names, titles, action titles) for Mermaid diagram text.
 *
 * Mermaid turns `#<digits>;` into a character after parsing (its "entity codes"), so a character
 * that means something to a diagram's grammar is written as its code and shows as typed. The codes
 * are numeric because named ones (`#quot;`) are HTML names, and numeric ones also cover `%`, `:`…
 * Everything else, accents and `ñ` included, is written as is: Mermaid reads UTF-8.
 *
 * Why each character is escaped:
 * - `#` would start an entity code of its own (`#x;`), `%` a comment or a `%%{init}%%` directive,
 *   `&` an HTML entity (`&amp;` would show as `&`), `<` `>` a tag that the sanitizer removes.
 * - `"` ends a quoted label; a leading backtick turns a label into Markdown.
 * - `:` lets Mermaid's `style…:…#…;` pre-processing regex eat a `;` of the label.
 * - Gantt task names are unquoted up to `:`, `;` ends a gantt statement, and a task named like a
 *   keyword (`Title…`, `Section…`, `2026-01-01…`) would be read as that keyword.
 */

const code = (char: string) => `#${char.codePointAt(0)};`;

/** Line breaks become spaces: every label here is one logical line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

const QUOTED = /["#%&<>`:]/g;
const UNQUOTED = /["#%&<>`:;]/g;

/** Text for inside a double-quoted Mermaid label (flowchart nodes, subgraph titles, quadrant points). */
export function quoted(text: string): string {
  return oneLine(text).replace(QUOTED, code);
}

/** Gantt keywords that a task or section name must not start with, and a date at the start. */
const GANTT_KEYWORD =
  /^(?:accDescr|accTitle|accDescription|axisFormat|call|click|dateFormat|excludes|gantt|href|inclusiveEndDates|includes|section|tickInterval|title|todayMarker|topAxis|weekday|weekend|\d{4}-\d{2}-\d{2})/i;

/** Text for an unquoted gantt task or section name. Never empty: an empty name is a parse error. */
export function ganttName(text: string): string {
  const line = oneLine(text).replace(UNQUOTED, code);
  if (line === '') return code('—');
  // Escaping only the first character keeps the keyword from matching and the rest measurable.
  return GANTT_KEYWORD.test(line) ? code(line[0]!) + line.slice(1) : line;
}

/**
 * Mermaid's own entity codes turned back into characters: what a label will show. Tests use it to
 * compare the text of a rendered SVG with what people typed.
 */
export function unescapeCodes(text: string): string {
  return text.replace(/#(\d+);/g, (_, digits: string) => String.fromCodePoint(Number(digits)));
}
