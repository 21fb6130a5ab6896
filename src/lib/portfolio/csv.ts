/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet. Hand-written rather than a package:
 * quoting is the whole job, and the one CSV library in `node_modules` (d3-dsv) is only there
 * because Mermaid needs it, so it could disappear with a Mermaid update.
 */

/** A cell value: numbers stay numbers, missing values are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a text cell as a formula (CSV injection, OWASP):
 * `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One cell. Text that a spreadsheet would run as a formula gets a leading `'`, which spreadsheets
 * show as text; numbers are written as numbers, so `-5` stays a negative number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header row, then one row per record, lines ended with CRLF as RFC 4180 says. */
export function toCsv<T>(columns: readonly { header: string; value: (row: T) => CsvValue }[], rows: readonly T[]): string {
  const lines = [columns.map((column) => csvCell(column.header)), ...rows.map((row) => columns.map((column) => csvCell(column.value(row))))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
