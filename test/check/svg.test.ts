import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/site.ts';
import { linesOf, SETTINGS, withChanges } from './helpers.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/svg', name), 'utf8');
const IMAGE = 'content/accounts/acme/chart.svg';

describe('SVG images in the content folder (finding 2)', () => {
  it('are refused, with positions, when they hold script, handlers, links, animations or remote loads', () => {
    expect(linesOf(withChanges({ [IMAGE]: fixture('evil.svg') }), 'unsafe-image')).toMatchInlineSnapshot(`
      [
        "content/accounts/acme/chart.svg:2:1  error  \`<?xml-stylesheet?>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:3:1  error  \`onload\` on \`<svg>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:4:3  error  \`<script>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:5:10  error  \`url(…)\` or \`@import\` in a style sheet is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:6:3  error  \`<a>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:7:3  error  \`<a>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:8:3  error  \`<foreignObject>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:9:3  error  \`<image>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:10:3  error  \`href="other.svg#icon"\` on \`<use>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:11:3  error  \`style="fill: url('https://evil.example/u.png')"\` on \`<rect>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
        "content/accounts/acme/chart.svg:12:3  error  \`<x:script>\` is not allowed in an SVG image (\`chart.svg\`): a browser runs or loads it when the image is opened. Remove it, or export the image again as plain SVG or PNG.  [unsafe-image]",
      ]
    `);
  });

  it('are refused in trusted mode too, and in the site language', () => {
    const files = withChanges({ [IMAGE]: fixture('evil.svg'), [SETTINGS]: (text) => `${text}locale: es\ncontent:\n  mdx: trusted\n` });
    expect(linesOf(files, 'unsafe-image')[0]).toMatchInlineSnapshot(
      `"content/accounts/acme/chart.svg:2:1  error  \`<?xml-stylesheet?>\` no se admite en una imagen SVG (\`chart.svg\`): el navegador lo ejecuta o lo carga al abrir la imagen. Bórralo, o exporta de nuevo la imagen como SVG simple o PNG.  [unsafe-image]"`,
    );
  });

  it('pass when they are plain drawings, as editors such as Inkscape save them', () => {
    expect(linesOf(withChanges({ [IMAGE]: fixture('clean.svg') }), ['unsafe-image', 'unknown-file'])).toEqual([]);
  });
});
