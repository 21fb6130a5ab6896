import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mermaidBlocks } from '../../src/node/diagrams/markdown.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { diagramHash } from '../../src/node/diagrams/cache.ts';
import { DiagramService } from '../../src/node/diagrams/service.ts';
import remarkMermaid from '../../src/lib/content/remark-mermaid.ts';

const FLOW = 'flowchart LR\n  a["A #quot;quoted#quot;"] --> b\n';
const PIE = 'pie\n  "x" : 1\n  "y" : 2\n';
const BROKEN = 'flowchart LR\n  a -->\n  this is not [mermaid\n';
/** Another kind drawn only by Mermaid itself, in Chromium. */
const JOURNEY = 'journey\n  title Quarterly review\n  section Plan\n    Draft: 5: KAM\n';

const dirs: string[] = [];
const saved = { cache: process.env['KEYPLAN_DIAGRAM_CACHE'], chromium: process.env['CHROMIUM_PATH'] };

function freshCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyplan-diagrams-'));
  dirs.push(dir);
  process.env['KEYPLAN_DIAGRAM_CACHE'] = dir;
  return dir;
}

beforeEach(() => {
  if (saved.chromium === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved.chromium;
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (saved.cache === undefined) delete process.env['KEYPLAN_DIAGRAM_CACHE'];
  else process.env['KEYPLAN_DIAGRAM_CACHE'] = saved.cache;
});

describe('the diagram service', () => {
  it('renders misses in one batch, caches SVGs and errors on disk, and counts', async () => {
    const dir = freshCache();
    const cold = new DiagramService();
    const outcomes = await cold.renderAll([FLOW, PIE, BROKEN, FLOW]);
    await cold.close();
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['ok', 'ok', 'error', 'ok']);
    const flow = outcomes[0]!;
    expect(flow).toMatchObject({ from: 'draw', hash: diagramHash(FLOW) });
    // The flowchart is drawn in this process; the pie chart needs Chromium.
    expect(flow.status === 'ok' && flow.svg).toMatch(new RegExp(`^<svg id="kpd${diagramHash(FLOW).slice(0, 12)}" class="kp-bm"`));
    expect(outcomes[1]!.status === 'ok' && outcomes[1]!.svg).toMatch(
      new RegExp(`^<svg id="kpd${diagramHash(PIE).slice(0, 12)}"[^>]*aria-roledescription="pie"`),
    );
    expect(outcomes[2]!.status === 'error' && outcomes[2]!.message).toMatch(/Parse error/);
    expect(cold.stats()).toMatchObject({ diagrams: 3, drawn: 1, rendered: 1, cached: 0, failed: 1, deferred: 0 });
    expect(readdirSync(dir).sort()).toEqual(
      [`${diagramHash(BROKEN)}.error.txt`, `${diagramHash(PIE)}.svg`, `${diagramHash(FLOW)}.svg`].sort(),
    );

    // A second build: everything from disk, Chromium never started.
    const warm = new DiagramService();
    const again = await warm.renderAll([FLOW, PIE, BROKEN]);
    expect(again.map((outcome) => (outcome.status === 'ok' ? outcome.from : outcome.status))).toEqual(['cache', 'cache', 'error']);
    expect(warm.stats()).toEqual({
      diagrams: 3,
      drawn: 0,
      drawMs: 0,
      rendered: 0,
      cached: 2,
      failed: 1,
      deferred: 0,
      launchMs: 0,
      renderMs: 0,
    });
  });

  it('gathers single renders made in the same turn into one batch', async () => {
    freshCache();
    const service = new DiagramService();
    const [a, b] = await Promise.all([service.render(JOURNEY), service.render(PIE)]);
    await service.close();
    expect([a.status, b.status]).toEqual(['ok', 'ok']);
    expect(service.stats().rendered).toBe(2);
  });

  it('holds no SVG in memory that the disk cache has, reads it when asked, and renders again if it is gone', async () => {
    const dir = freshCache();
    const service = new DiagramService();
    await service.prepareAll([
      { path: 'content/accounts/a/plan.mdx', code: FLOW },
      { path: 'content/accounts/b/plan.mdx', code: PIE },
    ]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    // Only the page that shows the pie, which Mermaid drew in Chromium with its inline styles, allows them.
    await expect(service.needsInlineStyles(['content/accounts/a/plan.mdx'])).resolves.toBe(false);
    await expect(service.needsInlineStyles(['content/accounts/b/plan.mdx', 'content/accounts/b/stakeholders.mdx'])).resolves.toBe(true);
    await expect(service.needsInlineStyles([])).resolves.toBe(false);
    // A block the first batch did not find, noted when the Markdown pipeline renders it, counts too.
    service.noteStyled('content/accounts/c/plan.mdx');
    await expect(service.needsInlineStyles(['content/accounts/c/plan.mdx'])).resolves.toBe(true);
    await expect(service.needsInlineStyles(['content/accounts/a/plan.mdx'])).resolves.toBe(false);
    const first = await service.render(FLOW);
    expect(first.status === 'ok' && first.svg).toMatch(/^<svg /);
    rmSync(join(dir, `${diagramHash(FLOW)}.svg`));
    const again = await service.render(FLOW);
    await service.close();
    expect(again.status === 'ok' && again.svg).toBe(first.status === 'ok' && first.svg);
    expect(service.stats()).toMatchObject({ diagrams: 2, drawn: 1, rendered: 1, cached: 0 });
  });

  it('keeps the SVG in memory when the cache cannot be written, and the build goes on', async () => {
    const dir = freshCache();
    // A file where the cache folder should be: nothing can be written under it.
    process.env['KEYPLAN_DIAGRAM_CACHE'] = join(dir, 'not-a-folder');
    writeFileSync(join(dir, 'not-a-folder'), '');
    const service = new DiagramService();
    const [outcome] = await service.renderAll([FLOW]);
    const [again] = await service.renderAll([FLOW]);
    await service.close();
    expect(outcome!.status === 'ok' && outcome!.svg).toMatch(/^<svg /);
    expect(again).toEqual(outcome);
    expect(service.stats()).toMatchObject({ diagrams: 1, drawn: 1 });
  });

  it('without Chromium, leaves diagrams to the browser and says so once', async () => {
    freshCache();
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    const service = new DiagramService();
    const warnings: string[] = [];
    service.setWarn((message) => warnings.push(message));
    const first = await service.renderAll([FLOW, BROKEN, PIE]);
    const second = await service.renderAll([JOURNEY]);
    // Flowcharts need no browser, and Mermaid's parser judges broken text without one.
    expect([...first, ...second].map((outcome) => outcome.status)).toEqual(['ok', 'error', 'unavailable', 'unavailable']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^no Chromium or Chrome was found.*`CHROMIUM_PATH`/);
    expect(service.stats()).toMatchObject({ diagrams: 4, drawn: 1, failed: 1, deferred: 2, rendered: 0 });
  });
});

describe('remark-mermaid', () => {
  it('replaces mermaid code blocks, and only those, through the given renderer', async () => {
    const calls: unknown[] = [];
    const processor = unified()
      .use(remarkParse)
      .use(remarkMermaid, {
        render: async (code, place) => {
          calls.push({ code, place });
          return `<figure>${code.length}</figure>`;
        },
      });
    const file = new VFile({ path: 'plan.md', value: '# Plan\n\n```mermaid\npie\n```\n\n```js\nx\n```\n\n```mermaid\npie\n```\n' });
    const tree = await processor.run(processor.parse(file), file);
    expect(tree.children.map((node) => (node.type === 'html' ? node.value : node.type))).toEqual([
      'heading',
      '<figure>3</figure>',
      'code',
      '<figure>3</figure>',
    ]);
    expect(calls).toEqual([
      { code: 'pie', place: { path: 'plan.md', line: 3, repeat: 0 } },
      { code: 'pie', place: { path: 'plan.md', line: 11, repeat: 1 } },
    ]);
  });
});

describe("the build's first batch of authors' blocks", () => {
  it('finds blocks in quotes, lists and longer fences, not only at the start of a line', () => {
    const text = [
      '---',
      'account: A',
      '---',
      '',
      '> ```mermaid',
      '> pie',
      '> "A": 1',
      '> ```',
      '',
      '````mermaid',
      'gantt',
      '````',
      '',
    ].join('\n');
    expect(mermaidBlocks([{ path: 'content/accounts/a/plan.mdx', text }]).map((block) => block.code.split('\n')[0])).toEqual([
      'pie',
      'gantt',
    ]);
  });
});
