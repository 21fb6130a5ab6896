import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStrictBody } from '../../src/lib/content/body-allowlist.ts';
import { checkMdxSafety } from '../../src/lib/content/mdx-safety.ts';
import { parseMdx } from '../../src/lib/content/parse.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { ROOT } from '../helpers/site.ts';
import { check, linesOf, PLAN, SETTINGS, withChanges } from './helpers.ts';

const FRONT = '---\naccount: A\n---\n\n';
const RULES = [
  'unsafe-link',
  'mdx-import',
  'mdx-expression',
  'mdx-component',
  'unsafe-html',
  'unsafe-image',
  'mdx-depth',
  'mermaid-config',
];

/** `line:col [rule]` for each refusal of the strict allowlist in a body. */
function strict(body: string, path = PLAN): string[] {
  const { tree } = parseMdx(FRONT + body);
  return checkStrictBody(tree!, path).map((finding) => `${finding.place.line}:${finding.place.column} [${finding.ruleId}]`);
}
/** The same for trusted mode (`content.mdx: trusted`): what even reviewed code may not do. */
function trusted(body: string, path = PLAN): string[] {
  const { tree } = parseMdx(FRONT + body);
  return checkMdxSafety(tree!, path).map((finding) => `${finding.place.line}:${finding.place.column} [${finding.ruleId}]`);
}

const trustedSettings = (text: string) => `${text}content:\n  mdx: trusted\n`;

describe('strict bodies (the default): content, not code', () => {
  it('refuse a component spread that writes raw HTML (finding 1)', () => {
    const body = '<Fragment {...{"set:html": "<img src=x onerror=alert(document.domain)>"}} />\n';
    expect(strict(body)).toEqual(['5:1 [mdx-component]']);
    // Trusted mode also refuses it: a spread can carry `set:html` past every other rule.
    expect(trusted(body)).toEqual(['5:11 [unsafe-html]']);
  });

  it('refuse imports of every kind, SVG components included (finding 2)', () => {
    expect(strict("import Evil from './evil.svg'\n\n<Evil />\n")).toEqual(['5:1 [mdx-import]', '7:1 [mdx-component]']);
    expect(strict("export const x = 1\n\nimport envRaw from '../../../.env?raw'\n")).toEqual(['5:1 [mdx-import]', '7:1 [mdx-import]']);
  });

  it('allow raster images and SVG files of the account folder, nothing else (finding 2)', () => {
    expect(
      strict(
        [
          '![a](./chart.png) ![b](https://example.com/b.jpg) ![c](./chart.svg) ![d](../chart.svg)',
          '',
          '![e](https://evil.example/e.svg) ![f](/favicon.svg) ![g](../../other/g.svg) ![h](./page.html)',
          '',
          '<img src="./chart.svg" alt="x" /> <img src="data:image/svg+xml,<svg/>" alt="y" />',
        ].join('\n'),
        'content/accounts/acme/value/v.mdx',
      ),
    ).toEqual([
      '5:19 [unsafe-image]',
      '7:1 [unsafe-image]',
      '7:34 [unsafe-image]',
      '7:53 [unsafe-image]',
      '7:77 [unsafe-image]',
      '9:40 [unsafe-link]',
    ]);
  });

  it('refuse SVG, its animations, and computed links (finding 5)', () => {
    expect(
      strict(
        [
          '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text>x</text></a></svg>',
          '',
          '<a href={`${"java"}script:alert(1)`}>y</a> <a href={frontmatter.repo}>z</a>',
          '',
          '<a href="&#106;avascript:alert(1)">w</a> <a href="https://example.com/">fine</a>',
        ].join('\n'),
      ),
    ).toEqual([
      '5:1 [unsafe-html]',
      '5:9 [unsafe-html]',
      '5:70 [unsafe-html]',
      '7:4 [unsafe-html]',
      '7:47 [unsafe-html]',
      '9:4 [unsafe-link]',
    ]);
    // Trusted mode refuses the animation elements too.
    expect(trusted('<svg><a><set attributeName="href" to="javascript:alert(1)" /></a></svg>\n')).toEqual(['5:9 [unsafe-html]']);
  });

  it('run no code at build time: only plain frontmatter reads (finding 6)', () => {
    expect(
      strict(
        [
          "{process.getBuiltinModule('child_process').execSync('id -un')}",
          '',
          "Host {readFileSync('/etc/hostname')} and {new Function('return process')()}",
          '',
          '{JSON.stringify(frontmatter)} {frontmatter.constructor} {frontmatter["__proto__"]} {frontmatter.x = 1}',
          '',
          'Fine: {frontmatter.revenue?.target} {frontmatter.kpis[0].target} {/* a comment */}',
        ].join('\n'),
      ),
    ).toEqual([
      '5:1 [mdx-expression]',
      '7:6 [mdx-expression]',
      '7:42 [mdx-expression]',
      '9:1 [mdx-expression]',
      '9:31 [mdx-expression]',
      '9:57 [mdx-expression]',
      '9:84 [mdx-expression]',
    ]);
  });

  it('refuse style, forms and elements outside the safe list (finding 7)', () => {
    expect(
      strict(
        [
          '<div style="position:fixed;inset:0;z-index:9999">Session expired. <a href="https://evil.example">Sign in</a></div>',
          '',
          '<form action="https://evil.example"><input type="text" name="password" /></form>',
          '',
          '<details open><summary>More</summary>Text with <kbd>Ctrl</kbd> and <abbr title="Key account">KA</abbr>.</details>',
          '',
          '<table><tbody><tr><td colSpan="2" align="right">1</td></tr></tbody></table> <p class="big">x</p> <img src="a.png" id="login" onLoad="x()" />',
        ].join('\n'),
      ),
    ).toEqual([
      '5:6 [unsafe-html]',
      '7:1 [unsafe-html]',
      '7:44 [unsafe-html]',
      '7:56 [unsafe-html]',
      '11:80 [unsafe-html]',
      '11:115 [unsafe-html]',
      '11:126 [unsafe-html]',
    ]);
  });

  it('refuse `<SCRIPT>` in any case, in both modes (finding 12)', () => {
    expect(strict('<SCRIPT>alert(1)</SCRIPT>\n')).toEqual(['5:1 [unsafe-html]']);
    expect(trusted('<SCRIPT>alert(1)</SCRIPT>\n')).toEqual(['5:1 [mdx-component]']);
  });

  it("refuse Mermaid configuration beyond the theme and the diagram type's options (finding 8)", () => {
    const block = (text: string) => `\`\`\`mermaid\n${text}\n\`\`\`\n`;
    expect(
      strict(
        [
          block('%%{init: {"themeCSS": ".node { fill: url(https://evil.example/t.png) }"}}%%\nflowchart LR\n  A --> B'),
          block("%%{init: {'theme': 'neutral', 'flowchart': {'curve': 'basis'}}}%%\nflowchart LR\n  A --> B"),
          block(
            '---\nconfig:\n  securityLevel: loose\n  themeVariables:\n    primaryColor: "url(https://evil.example/x)"\n---\nflowchart LR\n  A --> B',
          ),
          block('%%{init: {theme: neutral}}%%\nflowchart LR\n  A --> B'),
        ].join('\n'),
      ),
    ).toEqual(['6:1 [mermaid-config]', '20:1 [mermaid-config]', '21:1 [mermaid-config]', '29:1 [mermaid-config]']);
  });

  it('speak the site language, through the engine, with positions', () => {
    const body = '\nimport x from \'./x.astro\'\n\n{frontmatter.revenue.target * 2}\n\n<div style="color:red">x</div>\n';
    expect(linesOf(withChanges({ [PLAN]: (text) => text + body }), RULES)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:67:1  error  \`import\` is not allowed in a body: bodies are content, not code (\`content.mdx: strict\`). Remove it; bodies need no imports. Teams that review every body as code can set \`content: { mdx: trusted }\` in \`settings.yaml\`.  [mdx-import]",
        "content/accounts/acme/plan.mdx:69:1  error  \`{frontmatter.revenue.target * 2}\` runs code, and a body may only print a frontmatter field, such as \`{frontmatter.revenue.target}\`. Write the text itself instead. Teams that review every body as code can set \`content: { mdx: trusted }\` in \`settings.yaml\`.  [mdx-expression]",
        "content/accounts/acme/plan.mdx:71:6  error  \`style\` on \`<div>\` is not allowed: it can cover the page with look-alike content (a fake sign-in box) or restyle the site. Remove it; the site's styles apply to Markdown.  [unsafe-html]",
      ]
    `);
    expect(linesOf(withChanges({ [PLAN]: (text) => text + body, [SETTINGS]: (text) => `${text}locale: es\n` }), RULES))
      .toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:67:1  error  \`import\` no se admite en un cuerpo: los cuerpos son contenido, no código (\`content.mdx: strict\`). Bórralo; los cuerpos no necesitan importar nada. Los equipos que revisan cada cuerpo como código pueden poner \`content: { mdx: trusted }\` en \`settings.yaml\`.  [mdx-import]",
        "content/accounts/acme/plan.mdx:69:1  error  \`{frontmatter.revenue.target * 2}\` ejecuta código, y un cuerpo solo puede mostrar un campo del frontmatter, como \`{frontmatter.revenue.target}\`. Escribe el texto directamente. Los equipos que revisan cada cuerpo como código pueden poner \`content: { mdx: trusted }\` en \`settings.yaml\`.  [mdx-expression]",
        "content/accounts/acme/plan.mdx:71:6  error  \`style\` en \`<div>\` no se admite: puede tapar la página con contenido falso (un acceso de inicio de sesión falso) o cambiar el aspecto del sitio. Bórralo; los estilos del sitio se aplican al Markdown.  [unsafe-html]",
      ]
    `);
  });

  it('are full MDX again with `content.mdx: trusted`, which still refuses what trusted code may not do', () => {
    const body =
      "\nimport Chart from './chart.astro'\n\n<Chart data={frontmatter.kpis.map((kpi) => kpi.target)} />\n\n<script>alert(1)</script>\n";
    expect(linesOf(withChanges({ [PLAN]: (text) => text + body, [SETTINGS]: trustedSettings }), RULES)).toEqual([
      "content/accounts/acme/plan.mdx:71:1  error  `<script>` is not allowed in a body: it runs code in the reader's browser. Remove it.  [unsafe-html]",
    ]);
  });

  it('stop at a nesting depth, with a position, instead of overflowing the stack (finding 9)', () => {
    const files = withChanges({ [PLAN]: (text) => `${text}\n${'> '.repeat(5000)}deep\n` });
    expect(linesOf(files, RULES)).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/plan.mdx:67:129  error  This body nests blocks more than 64 levels deep (quotes or lists inside each other); Keyplan builds bodies nested up to 64 levels. Flatten it.  [mdx-depth]",
      ]
    `);
  });

  it('accept the sample portfolio as it is', () => {
    const files = readContentTree(join(ROOT, 'content'), ROOT);
    const { reporter } = check(files, { root: 'content' });
    const refused = [...reporter.files.values()].flatMap((file) => file.messages.filter((message) => RULES.includes(message.ruleId ?? '')));
    expect(refused.map(String)).toEqual([]);
  });
});
