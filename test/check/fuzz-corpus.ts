import fc from 'fast-check';
import type { SourceFile } from '../../src/lib/model.ts';

/**
 * The text half of the fuzz corpus: edits a KAM's editor, a bad merge or a truncated write could make
 * to a content file. `fuzz.test.ts` runs the engine on them; `test/build/agree.test.ts` builds those
 * the engine accepts, so that the check and the build agree.
 */
export type TextOp = 'insert' | 'delete' | 'truncate' | 'swap-lines' | 'splice-bytes';
/** Edits of one of `count` files. */
export const textual = (count: number) =>
  fc.record({
    target: fc.nat({ max: count - 1 }),
    op: fc.constantFrom<TextOp>('insert', 'delete', 'truncate', 'swap-lines', 'splice-bytes'),
    at: fc.nat(),
    length: fc.nat({ max: 200 }),
    insert: fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        '{',
        '}',
        '<',
        '>',
        '</div>',
        '<Foo',
        '{/*',
        '`',
        '```',
        '---',
        '\n---\n',
        '\n## Vision\n',
        '&',
        '*a',
        '&a',
        ':',
        '- ',
        '\t',
        '\r\n',
        '\u0000',
        'import x from "y"\n',
        'export const a = 1\n',
        '<script>',
        '[x](javascript:alert(1))',
        '<SCRIPT>',
        '\r',
        '\uFEFF',
        '> '.repeat(70),
        '<details><summary>More</summary>Text</details>',
        '{frontmatter.account}',
        '<kbd>Ctrl</kbd>',
        '<div style="position:fixed">x</div>',
      ),
    ),
  });

export function mutateText(
  targets: readonly SourceFile[],
  { target, op, at, length, insert }: { target: number; op: TextOp; at: number; length: number; insert: string },
): SourceFile {
  const file = targets[target]!;
  const text = file.text;
  const position = at % (text.length + 1);
  let next: string;
  if (op === 'insert') next = text.slice(0, position) + insert + text.slice(position);
  else if (op === 'delete') next = text.slice(0, position) + text.slice(position + length);
  else if (op === 'truncate') next = text.slice(0, position);
  else if (op === 'splice-bytes') next = text.slice(0, position) + insert.repeat(1 + (length % 5)) + text.slice(position + (length % 7));
  else {
    const lines = text.split('\n');
    const a = at % lines.length;
    const b = (at + length) % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    next = lines.join('\n');
  }
  return { path: file.path, text: next };
}
