import { describe, expect, it } from 'vitest';
import { linesOf, PLAN, withChanges } from './helpers.ts';

describe('how a file is written', () => {
  it('refuses CR-only line endings, which the site build cannot read, with a position', () => {
    const files = withChanges({ [PLAN]: (text) => text.replace(/\n/g, '\r') });
    expect(linesOf(files, 'line-endings')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:1:4  error  This file ends its lines with a carriage return alone (CR, as some old Mac editors save), which the site build cannot read. Save it with LF (or CRLF) line endings.  [line-endings]",
      ]
    `);
  });

  it('reads a byte order mark and CRLF line endings like LF', () => {
    expect(
      linesOf(withChanges({ [PLAN]: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` }), [
        'line-endings',
        'frontmatter',
        'schema',
        'mdx-syntax',
      ]),
    ).toEqual([]);
  });
});
