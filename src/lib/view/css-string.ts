/**
 * A CSS string literal holding `text` as typed: every character but letters, digits and spaces is
 * written as a hexadecimal escape, so no quote, backslash, line break or `</style>` in a name can end
 * the string or the style element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')}`;
  }
  return `${out}"`;
}
