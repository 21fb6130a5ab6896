import { describe, expect, it } from 'vitest';
import { mermaidEntities, staticSvg } from '../../src/lib/diagrams/static-svg.ts';
import { drawMermaid } from '../../src/node/diagrams/static-mermaid.ts';

/** Authors' ```mermaid blocks drawn in Node, with no browser (beautiful-mermaid, judged by Mermaid's parser). */
describe('authors’ Mermaid without a browser', () => {
  it('draws a flowchart as plain SVG text: typed labels escaped, no inline style, no web font, ids its own', async () => {
    const result = await drawMermaid(
      'flowchart LR\n  a["<img src=x onerror=alert(1)> #quot;Q#quot; & co"] --> b[Ñandú]\n  b --> c',
      'kpdtest',
    );
    expect(result && 'svg' in result).toBe(true);
    const svg = (result as { svg: string }).svg;
    expect(svg).toMatch(
      /^<svg id="kpdtest" class="kp-bm" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[\d. ]+" width="[\d.]+" height="[\d.]+">/,
    );
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Q&quot; &amp; co');
    expect(svg).toContain('>Ñandú</text>');
    expect(svg).not.toMatch(/<img|<style|\sstyle="|@import|googleapis|foreignObject|<script/);
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id).toMatch(/^kpdtest/);
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it('draws sequence, class, state and entity-relationship diagrams', async () => {
    const codes = [
      'sequenceDiagram\n  KAM->>Sponsor: Review the plan',
      'classDiagram\n  Account <|-- KeyAccount',
      'stateDiagram-v2\n  [*] --> Draft\n  Draft --> Active',
      'erDiagram\n  ACCOUNT ||--o{ CONTACT : has',
    ];
    for (const code of codes) {
      const result = await drawMermaid(code, 'kpdseq');
      expect(result && 'svg' in result && result.svg, code).toMatch(/^<svg id="kpdseq" class="kp-bm"/);
    }
  });

  it('gives broken text Mermaid’s own message, and leaves other kinds to the browser path', async () => {
    const broken = await drawMermaid('flowchart LR\n  a -->\n  this is not [mermaid\n', 'kpdbad');
    expect(broken && 'error' in broken && broken.error).toMatch(/^Parse error on line 3:/);
    expect(await drawMermaid('pie\n  "x" : 1\n', 'kpdpie')).toBeUndefined();
    expect(await drawMermaid('journey\n  title Review\n  section Plan\n    Draft: 5: KAM\n', 'kpdjourney')).toBeUndefined();
  });

  it('reads Mermaid’s entity codes and prefixes ids without touching other text', () => {
    expect(mermaidEntities('a["#quot;x#quot; #35;1 #hearts; #lt;b#gt;"]')).toBe('a["&quot;x&quot; &#35;1 #hearts; &lt;b&gt;"]');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" style="--bg:#fff"><style>@import url(x);</style><defs><marker id="arrowhead"/></defs><path marker-end="url(#arrowhead)"/><text>arrowhead</text></svg>';
    expect(staticSvg(svg.replace('<text>arrowhead', '<text>url(#arrowhead)'), 'kpdx')).toContain('<text>url(#arrowhead)</text>');
    expect(staticSvg(svg, 'kpdx')).toBe(
      '<svg id="kpdx" class="kp-bm" xmlns="http://www.w3.org/2000/svg"><defs><marker id="kpdx-arrowhead"/></defs><path marker-end="url(#kpdx-arrowhead)"/><text>arrowhead</text></svg>',
    );
  });
});
