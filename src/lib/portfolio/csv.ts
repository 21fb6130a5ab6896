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

/**
 * One cell. Text is always quoted: Excel in locales whose list separator is `;` (Spanish, German,
 * French…) splits unquoted cells at `;`, so `Acme;=1+1` would become a second cell, a formula. Text
 * that a spreadsheet would run as a formula also gets a leading `'`, which spreadsheets show as text.
 * Numbers are written as numbers, so `-5` stays a negative number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The UTF-8 byte order mark: without it Excel reads the file in the system's code page ("AtlÃ¢ntida"). */
const BOM = '\uFEFF';

/**
 * A whole file: a byte order mark, a header row, then one row per record, lines ended with CRLF as
 * RFC 4180 says.
 */
export function toCsv<T>(columns: readonly { header: string; value: (row: T) => CsvValue }[], rows: readonly T[]): string {
  const lines = [
    columns.map((column) => csvCell(column.header)),
    ...rows.map((row) => columns.map((column) => csvCell(column.value(row)))),
  ];
  return BOM + lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
