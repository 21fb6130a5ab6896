import { describe, expect, it } from 'vitest';
import { checkMdxSafety } from '../../src/lib/content/mdx-safety.ts';
import { parseMdx } from '../../src/lib/content/parse.ts';
import { unsafeScheme } from '../../src/lib/content/url-safety.ts';
import { messagesOf, withChanges } from '../helpers/content.ts';

const PLAN = 'content/accounts/acme/plan.mdx';
const RULES = ['unsafe-link', 'mdx-import', 'unsafe-html'];
const FRONT = '---\naccount: A\n---\n\n';

/** `line:col [rule]` for each finding in a body. */
function findings(body: string, path = PLAN): string[] {
  const { tree } = parseMdx(FRONT + body);
  return checkMdxSafety(tree!, path).map((finding) => `${finding.place.line}:${finding.place.column} [${finding.ruleId}]`);
}

describe('unsafe URL schemes', () => {
  it('are recognised the way browsers read them', () => {
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('  JavaScript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('java\nscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('\u0000javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('VBScript:msgbox')).toBe('vbscript');
    expect(unsafeScheme('data:text/html;base64,PHNjcmlwdD4=')).toBe('data');
  });

  it('leave ordinary links alone', () => {
    for (const url of [
      'https://example.com/javascript:',
      '/accounts/acme/',
      '#kpis',
      'mailto:a@b.c',
      './chart',
      'javascript-guide.html',
      'tel:+34',
    ]) {
      expect(unsafeScheme(url)).toBeUndefined();
    }
  });
});

describe('the MDX safety check of trusted bodies', () => {
  it('refuses javascript:, vbscript: and data: in links, references, images and JSX URL attributes', () => {
    expect(
      findings(
        [
          '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](&#106;avascript:alert(1))',
          '',
          '![i](data:image/svg+xml,<svg/>)',
          '',
          '[ref]: vbscript:msgbox',
          '',
          '<a href="javascript:alert(1)">x</a> <a href={"javascript:alert(1)"}>y</a> <img src="data:text/html,hi" />',
          '',
          '[fine](https://example.com) [also fine](/accounts/acme/)',
        ].join('\n'),
      ),
    ).toEqual([
      '5:1 [unsafe-link]',
      '5:26 [unsafe-link]',
      '5:51 [unsafe-link]',
      '7:1 [unsafe-link]',
      '9:1 [unsafe-link]',
      '11:4 [unsafe-link]',
      '11:40 [unsafe-link]',
      '11:80 [unsafe-link]',
    ]);
  });

  it('refuses script, embedding and page-hijacking elements, inline handlers and raw HTML', () => {
    expect(
      findings(
        [
          '<script>alert(1)</script>',
          '',
          '<iframe src="https://example.com" />',
          '',
          'Text <object data="x" /> and <embed src="x" /> and <base href="https://evil.example/" />',
          '',
          '<meta httpEquiv="refresh" content="0;url=https://evil.example" />',
          '',
          '<style>{`body { display: none }`}</style>',
          '',
          '<img src="x.png" onError="alert(1)" /> <div onclick="x()">a</div> <Chart onHover="x" />',
          '',
          '<div set:html="<b>x</b>" /> <div {...props} />',
        ].join('\n'),
      ),
    ).toEqual([
      '5:1 [unsafe-html]',
      '7:1 [unsafe-html]',
      '9:6 [unsafe-html]',
      '9:30 [unsafe-html]',
      '9:52 [unsafe-html]',
      '11:1 [unsafe-html]',
      '13:1 [unsafe-html]',
      '15:18 [unsafe-html]',
      '15:45 [unsafe-html]',
      '15:67 [mdx-component]',
      '15:74 [unsafe-html]',
      '17:6 [unsafe-html]',
      '17:34 [unsafe-html]',
    ]);
  });

  it('allows components with the names of refused elements: they are project code', () => {
    expect(findings('import Link from "./link.astro"\n\n<Link href="/accounts/" />\n')).toEqual([]);
  });

  it('allows only relative imports that stay inside the project', () => {
    expect(
      findings(
        [
          "import Chart from './chart.astro'",
          "import data from '../../shared/figures.json'",
          "import fs from 'node:fs'",
          "import lodash from 'lodash'",
          "import secret from '../../../../etc/passwd'",
          "import abs from '/etc/passwd'",
          "export { x } from 'https://evil.example/x.js'",
          "export * from 'evil'",
          '',
          "{await import('node:child_process')}",
          '',
          'Text {import(name)} text',
        ].join('\n'),
      ),
    ).toEqual([
      '7:1 [mdx-import]',
      '8:1 [mdx-import]',
      '9:1 [mdx-import]',
      '10:1 [mdx-import]',
      '11:1 [mdx-import]',
      '12:1 [mdx-import]',
      '14:8 [mdx-import]',
      '16:7 [mdx-import]',
    ]);
  });

  it('speaks to the author, through the engine, with positions', () => {
    const files = withChanges({
      [PLAN]: (text) => `${text}\n[Open the deck](javascript:alert(1))\n\n<img src="x" onError="alert(1)" />\n\nimport fs from 'node:fs'\n`,
      // Trusted mode: the rules that hold even for bodies reviewed as code (strict: allowlist.test.ts).
      'content/settings.yaml': (text) => `${text}repoUrl: "javascript:alert(document.cookie)"\ncontent:\n  mdx: trusted\n`,
    });
    expect(messagesOf(files, RULES)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:67:1  error  This link is a \`javascript:\` URL ("javascript:alert(1)"). A \`javascript:\` link can run code or load a forged page in the reader's browser, so Keyplan refuses it. Link to an \`https:\` address or a page of the site instead.  [unsafe-link]",
        "content/accounts/acme/plan.mdx:69:14  error  \`onError\` on \`<img>\` is an inline event handler: it runs code in the reader's browser. Remove it.  [unsafe-html]",
        "content/accounts/acme/plan.mdx:71:1  error  \`node:fs\` is not a relative path. A body may import only files inside the project, by a relative path such as \`./chart.astro\`.  [mdx-import]",
        "content/settings.yaml:7:10  error  \`repoUrl\` is a \`javascript:\` URL ("javascript:alert(document.cookie)"). A \`javascript:\` link can run code or load a forged page in the reader's browser, so Keyplan refuses it. Link to an \`https:\` address or a page of the site instead.  [unsafe-link]",
      ]
    `);
  });

  it('speaks the site’s language, as the strict rules do', () => {
    const files = withChanges({
      [PLAN]: (text) =>
        `${text}\n[Open the deck](javascript:alert(1))\n\n<iframe src="https://example.com" />\n\n<Fragment {...props} />\n\nimport fs from 'node:fs'\n`,
      'content/settings.yaml': (text) => `${text}locale: es\ncontent:\n  mdx: trusted\n`,
    });
    const lines = messagesOf(files, RULES);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Este enlace es una URL `javascript:`');
    expect(lines[1]).toContain(
      '`<iframe>` no se admite en un cuerpo: incrusta otro documento en la página. Bórralo y enlaza al documento.',
    );
    expect(lines[2]).toContain('`<Fragment {...props}>` reparte atributos');
    expect(lines[3]).toContain('`node:fs` no es una ruta relativa.');
    for (const line of lines) expect(line).not.toMatch(/ is | the /);
  });

  it('finds nothing in the sample-like minimal fixture', () => {
    expect(messagesOf(withChanges({}), RULES)).toEqual([]);
  });
});
