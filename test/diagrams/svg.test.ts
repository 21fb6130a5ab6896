import { describe, expect, it } from 'vitest';
import { svgFigure, textFigure } from '../../src/lib/diagrams/figure.ts';
import { oncePerPage, pageIdFor } from '../../src/lib/diagrams/page-ids.ts';
import { inlineSvg } from '../../src/lib/diagrams/svg.ts';

const MERMAID_SVG =
  '<svg id="kpdabc" width="100%" xmlns="http://www.w3.org/2000/svg" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-kpdabc"><title id="chart-title-kpdabc">Author title</title><style>#kpdabc .node{fill:#fff}</style><marker id="kpdabc_flowchart-v2-pointEnd"/><path marker-end="url(#kpdabc_flowchart-v2-pointEnd)"/></svg>';

describe('inline SVG', () => {
  it('names the picture for screen readers, replacing Mermaid’s roles', () => {
    const svg = inlineSvg(MERMAID_SVG, {
      renderId: 'kpdabc',
      id: 'kpdabc',
      title: 'Org chart of <Acme> & Co',
      description: 'Two "people".',
    });
    expect(svg).toBe(
      '<svg id="kpdabc" width="100%" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="kpdabc-title" aria-describedby="kpdabc-desc">' +
        '<title id="kpdabc-title">Org chart of &lt;Acme&gt; &amp; Co</title><desc id="kpdabc-desc">Two &quot;people&quot;.</desc>' +
        '<style>#kpdabc .node{fill:#fff}</style><marker id="kpdabc_flowchart-v2-pointEnd"/><path marker-end="url(#kpdabc_flowchart-v2-pointEnd)"/></svg>',
    );
  });

  it('keeps an author’s own accTitle when no title is given', () => {
    expect(inlineSvg(MERMAID_SVG, { renderId: 'kpdabc', id: 'kpdabc' })).toContain(
      'aria-labelledby="kpdabc-title"><title id="kpdabc-title">Author title</title>',
    );
  });

  it('gives a repeated diagram ids of its own, inner ones and references included', () => {
    const page = {};
    expect(pageIdFor(page, 'kpdabc')).toBe('kpdabc');
    const second = pageIdFor(page, 'kpdabc');
    expect(second).toBe('kpdabc-2');
    const svg = inlineSvg(MERMAID_SVG, { renderId: 'kpdabc', id: second });
    expect(svg).not.toMatch(/kpdabc[^-]/);
    expect(svg).toContain('url(#kpdabc-2_flowchart-v2-pointEnd)');
    expect(pageIdFor({}, 'kpdabc')).toBe('kpdabc');
  });

  it('says once per page', () => {
    const page = {};
    expect([oncePerPage(page, 'a'), oncePerPage(page, 'a'), oncePerPage(page, 'b'), oncePerPage({}, 'a')]).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });
});

describe('figures for Markdown', () => {
  it('wraps the SVG in a figure left out of the search index', () => {
    expect(svgFigure(MERMAID_SVG, 'kpdabc', { id: 'kpdabc', caption: 'A & B' })).toMatch(
      /^<figure class="kp-diagram" data-pagefind-ignore><div class="kp-diagram__svg"><svg [^>]*role="img"[^>]*>.*<\/svg><\/div><figcaption>A &amp; B<\/figcaption><\/figure>$/,
    );
  });

  it('leaves the text for the browser, escaped, on one line', () => {
    expect(textFigure('flowchart LR\n  a["<b>"] --> b')).toBe(
      '<figure class="kp-diagram" data-pagefind-ignore><pre class="mermaid" data-kp-mermaid>flowchart LR&#10;  a[&quot;&lt;b&gt;&quot;] --&gt; b</pre></figure>',
    );
    expect(textFigure('x', { error: 'Parse error <here>' })).toContain('<p class="kp-diagram__error">Parse error &lt;here&gt;</p>');
  });
});
