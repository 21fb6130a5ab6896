import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../scripts/bench/generate.ts';
import { parseFast, parseMdxSyntax } from '../../src/lib/content/mdx-parts.ts';
import { ROOT } from '../helpers/site.ts';

/**
 * `parseMdxSyntax` parses only the body of a file and moves the positions (see `parseFast` in
 * `src/lib/content/mdx-parts.ts`). Whatever the text, its tree must be the one remark-mdx and
 * remark-frontmatter give for the whole file, positions of JavaScript syntax trees included, and its
 * errors those of the whole file.
 */
const reference = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The reference reading, as plain data: the tree, or the error's reason and place. */
function expected(text: string): unknown {
  try {
    return { tree: JSON.parse(JSON.stringify(reference.parse(text))) };
  } catch (error) {
    const cause = error as { reason?: string; message: string; place?: { line: number } | { start: { line: number } } };
    // A tag left open at the end of the file comes with no place; its message names one, "(9:1-9:10)".
    const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(cause.reason ?? cause.message);
    const fallback = named ? { line: Number(named[1]), column: Number(named[2]) } : { line: 1, column: 1 };
    const place = cause.place && 'start' in cause.place ? cause.place.start : (cause.place ?? fallback);
    return { reason: cause.reason ?? cause.message, place: JSON.parse(JSON.stringify(place)) };
  }
}

function actual(text: string): unknown {
  const result = parseMdxSyntax(text);
  if (result.tree) return { tree: JSON.parse(JSON.stringify(result.tree)) };
  const [error] = result.errors;
  return {
    reason: /^This MDX body cannot be parsed: (.*)\. In MDX, a bare/s.exec(error!.reason)?.[1],
    place: JSON.parse(JSON.stringify(error!.place)),
  };
}

function mdxFilesUnder(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((path) => path.endsWith('.mdx'))
    .map((path) => join(ROOT, dir, path));
}

describe('parsing MDX with the frontmatter cut out', () => {
  it('gives the reference tree for every MDX file of the sample portfolio and the test fixtures', () => {
    const files = [...mdxFilesUnder('content'), ...mdxFilesUnder('test')];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(actual(text), file).toEqual(expected(text));
    }
  });

  it('gives the reference tree for a generated portfolio, taking the fast path for each file', () => {
    for (const file of generatePortfolio(5).filter((entry) => entry.path.endsWith('.mdx'))) {
      expect(parseFast(file.text), file.path).toBeDefined();
      expect(actual(file.text), file.path).toEqual(expected(file.text));
    }
  });

  it('gives the reference tree, positions of JavaScript syntax trees included, for a body with imports, expressions and JSX', () => {
    const text = [
      '---',
      'title: x   ',
      '',
      '--- \t',
      'import { Chart } from "../components/Chart.astro";',
      'export const year = 2026;',
      '',
      '# Plan for {year}',
      '',
      '<Chart data={{ a: [1, 2] }} label="b" {...{ c: 3 }} />',
      '',
      '{/* a comment */}',
    ].join('\n');
    const tree = parseMdxSyntax(text).tree!;
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['yaml', 1],
      ['mdxjsEsm', 5],
      ['heading', 8],
      ['mdxJsxFlowElement', 10],
      ['mdxFlowExpression', 12],
    ]);
    expect(parseFast(text)).toBeUndefined();
    expect(actual(text)).toEqual(expected(text));
    const withoutCode = text
      .replace(/^(import|export).*$/gm, '')
      .replace(' for {year}', '')
      .replace(/ data=.*\}\}/, ' data="a"')
      .replace('{/* a comment */}', '<Note kind="x">text</Note>');
    expect(parseFast(withoutCode)).toBeDefined();
    expect(actual(withoutCode)).toEqual(expected(withoutCode));
  });

  it('gives the reference tree or error for generated files', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '---',
        '--- ',
        '----',
        '-- -',
        '',
        ' ',
        '# Heading',
        '## Vision',
        'text *em*',
        '- item',
        '```mermaid',
        '```',
        'a: 1',
        'key: "v"',
      ),
      fc.constantFrom(
        'import x from "./x.js"',
        'export const a = {b: 1}',
        '{1 + 1}',
        '<Box a={1} b="c">',
        '</Box>',
        '<br />',
        '{',
        '<',
        'x {y} z',
        '\t---',
        '\r',
        '---\r',
      ),
      fc.string({ maxLength: 12 }),
    );
    const file = fc
      .tuple(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 8 }), fc.boolean())
      .map(([front, body, closed]) => ['---', ...front, ...(closed ? ['---'] : []), ...body].join('\n'));
    fc.assert(
      fc.property(file, (text) => {
        expect(actual(text)).toEqual(expected(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reports a syntax error at the parser's own line and column, also when the error comes with no place", () => {
    const unclosed = '---\naccount: Acme\n---\n\n## Vision\n\nOur offer.\n\n<Callout>\nNever closed.\n';
    expect(parseMdxSyntax(unclosed).errors).toMatchObject([
      {
        place: { line: 9, column: 1 },
        ruleId: 'mdx-syntax',
        reason:
          'This MDX body cannot be parsed: Expected a closing tag for `<Callout>` (9:1-9:10). In MDX, a bare `<` or `{` starts code: write it as `\\<` or `\\{`, and close every tag.',
      },
    ]);
    const expression = '---\naccount: Acme\n---\n\nRevenue grows {1 + } a year.\n';
    expect(parseMdxSyntax(expression).errors[0]?.place).toMatchObject({ line: 5, column: 20 });
  });
});
