import { describe, expect, it } from 'vitest';
import { clientBody, markdownOnly, replaceFrontmatter } from '../../src/lib/content/client-body.ts';
import { parseMdx } from '../../src/lib/content/parse.ts';

const PLAN = `---
account: Acme
revenue: { lastYear: 1200000 }
---
import Chart from './chart.astro'

Intro before any section.

## Knowledge

Knowledge intro.

### Industry

Industry text.

### Client

Client text (internal).

## Visión

Vision text with <Chart />.

### A subsection of Vision

More vision.

## Risks

Internal risks.

## Commitment

Commitment text.
`;

const cut = (sections: Parameters<typeof clientBody>[2], text = PLAN) =>
  clientBody(text, parseMdx(text).tree!, sections, { account: 'Acme' });

describe('the client view body', () => {
  it('keeps only the chosen sections, in English or Spanish, with their subsections and the ESM', () => {
    expect(cut(['vision', 'commitment'])).toMatchInlineSnapshot(`
      "---
      {"account":"Acme"}
      ---
      import Chart from './chart.astro'

      ## Visión

      Vision text with <Chart />.

      ### A subsection of Vision

      More vision.

      ## Commitment

      Commitment text.
      "
    `);
  });

  it('can show one Knowledge subsection without the rest of Knowledge', () => {
    const text = cut(['industry']);
    expect(text).toContain('## Knowledge\n\n');
    expect(text).toContain('### Industry\n\nIndustry text.');
    for (const hidden of ['Knowledge intro', 'Client text', 'Vision text', 'Internal risks', 'Intro before', 'Commitment text'])
      expect(text).not.toContain(hidden);
  });

  it('shows the whole Knowledge section when it is chosen', () => {
    const text = cut(['knowledge']);
    for (const shown of ['Knowledge intro', 'Industry text', 'Client text (internal)']) expect(text).toContain(shown);
    expect(text).not.toContain('Vision text');
  });

  it('can leave out the section headings, for a body shown under a title of its own', () => {
    const text = clientBody(PLAN, parseMdx(PLAN).tree!, ['vision', 'industry'], {}, { dropSectionHeadings: true });
    expect(text).not.toMatch(/^## /m);
    expect(text).toContain('Vision text with <Chart />.');
    expect(text).toContain('### Industry\n\nIndustry text.');
  });

  it('never carries the original frontmatter', () => {
    expect(cut([])).not.toContain('1200000');
    expect(cut([]).trim()).toBe(`---\n{"account":"Acme"}\n---\nimport Chart from './chart.astro'`);
  });
});

describe('replacing frontmatter', () => {
  it('keeps the body on the same lines', () => {
    const replaced = replaceFrontmatter(PLAN, { account: 'Acme' });
    expect(replaced.split('\n').indexOf('## Knowledge')).toBe(PLAN.split('\n').indexOf('## Knowledge'));
    expect(replaced).not.toContain('1200000');
    expect(replaced.startsWith('---\n{"account":"Acme"}\n')).toBe(true);
  });
});

describe('telling plain Markdown bodies from MDX ones', () => {
  const cut = (body: string) => `---\n{"account":"Acme","note":"{x} <y>"}\n---\n${body}`;

  it('takes headings, lists, tables, emphasis, links and fenced code as plain Markdown, whatever the frontmatter holds', () => {
    expect(
      markdownOnly(
        cut(
          '## Vision\n\n- **One** provider, [site](https://example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```ts\nconst a = 1;\n```\n',
        ),
      ),
    ).toBe(true);
    expect(markdownOnly(replaceFrontmatter('## Vision\n\nText.\n', { a: '{<' }))).toBe(true);
  });

  it('leaves to the MDX compiler what Markdown would render differently or cannot render', () => {
    for (const body of [
      'Revenue {frontmatter.revenue}.',
      'A <Chart /> here.',
      'An autolink <https://example.com>.',
      "import Chart from './chart.astro'\n\nText.",
      'export const year = 2026',
      '    indented line, code in Markdown, a paragraph in MDX',
      '\tindented with a tab',
      '![chart](./chart.png)',
      '```mermaid\nflowchart LR\n  a --> b\n```',
      '~~~ Mermaid\npie\n~~~',
    ]) {
      expect(markdownOnly(cut(`## Vision\n\n${body}\n`)), body).toBe(false);
    }
  });

  it("cuts the same body from the engine's outline as from the syntax tree, so the build parses each file once", () => {
    // `parseMdx` outlines the body as the engine does (`outline`), blocks included.
    const { tree, body } = parseMdx(PLAN);
    for (const sections of [['vision', 'commitment'], ['industry'], ['knowledge', 'client'], []] as const) {
      for (const dropSectionHeadings of [false, true]) {
        expect(clientBody(PLAN, body!.blocks!, sections, { account: 'Acme' }, { dropSectionHeadings })).toBe(
          clientBody(PLAN, tree!, sections, { account: 'Acme' }, { dropSectionHeadings }),
        );
      }
    }
  });
});
