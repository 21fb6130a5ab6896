import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/portfolio/csv.ts';

describe('csvCell', () => {
  it('quotes every text cell, doubling quotes, so that no separator splits it (finding 11)', () => {
    expect(csvCell('Aceros del Norte')).toBe('"Aceros del Norte"');
    expect(csvCell('Acme;=1+1;x')).toBe('"Acme;=1+1;x"');
    expect(csvCell('Portugal, Galicia')).toBe('"Portugal, Galicia"');
    expect(csvCell('The "big" one')).toBe('"The ""big"" one"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('Frutícola Los Andes')).toBe('"Frutícola Los Andes"');
  });

  it('writes numbers, booleans and missing values plainly', () => {
    expect(csvCell(8_900_000)).toBe('8900000');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.3708)).toBe('0.3708');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+34 600 000 000')).toBe(`"'+34 600 000 000"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});

describe('toCsv', () => {
  it('writes a byte order mark, a header and one CRLF-ended line per row', () => {
    const csv = toCsv(
      [
        { header: 'name', value: (row: { name: string; n?: number }) => row.name },
        { header: 'n', value: (row) => row.n },
      ],
      [{ name: 'A, B', n: 1 }, { name: '=1+1' }],
    );
    expect(csv).toBe('\uFEFF"name","n"\r\n"A, B",1\r\n"\'=1+1",\r\n');
  });
});
