import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readContentTree } from '../node/content-fs.ts';
import { cacheDir } from '../node/diagrams/cache.ts';
import { mermaidPaths } from '../node/diagrams/mermaid-files.ts';
import { mermaidBlocks, mermaidMdastPlugin } from '../node/diagrams/markdown.ts';
import { renderBlock } from '../node/diagrams/blocks.ts';
import { diagramService, type DiagramStats } from '../node/diagrams/service.ts';
import { contentDir } from '../node/paths.ts';
import remarkMermaid from '../lib/content/remark-mermaid.ts';

/**
 * Diagrams as static SVG. Generated diagrams (org charts, coverage maps, timelines, the matrix)
 * are drawn in Node by `src/lib/diagrams/draw/` when a page asks (`Diagram.astro`): no browser.
 * Authors' ```mermaid blocks are judged by Mermaid's parser and, for flowcharts, sequence, class,
 * state and entity-relationship diagrams, drawn in Node too (`static-mermaid.ts`); other kinds are
 * rendered in one batch in one headless Chromium when the build finds one, else left to the
 * reader's browser. All are kept in a content-hash cache. Ends with
 * one summary line: `[keyplan] 31 diagrams (31 drawn in 0.1 s, 0 from cache)`.
 */
export function diagrams(): AstroIntegration {
  let log: AstroIntegrationLogger | undefined;
  let firstBatch: Promise<void> = Promise.resolve();
  const warn = (message: string) => (log ? log.warn(message) : console.warn(`keyplan: ${message}`));
  return {
    name: 'keyplan-diagrams',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        log = logger.fork('keyplan');
        diagramService().setWarn(warn);
        diagramService().command = command === 'dev' ? 'dev' : 'build';
        addMarkdownPlugin(config.markdown.processor, warn);
      },
      'astro:build:start': () => {
        // The portfolio the pages show: an audience build draws its redacted data. Diagrams of the
        // client view, if a page draws any (`view="client"`), are rendered when that page asks.
        // Generated diagrams are drawn when their page asks, in milliseconds and with no browser.
        // Only authors' ```mermaid blocks may need Chromium: when there are some, they are rendered
        // in one batch while Vite bundles (not awaited); a body awaits its block's outcome.
        const blocks = mermaidBlocks(readContentTree(contentDir()));
        if (blocks.length > 0) firstBatch = diagramService().prepareAll(blocks);
      },
      'astro:build:done': async ({ dir }) => {
        await firstBatch;
        const service = diagramService();
        await service.close();
        const stats = service.stats();
        if (stats.deferred > 0) copyMermaid(fileURLToPath(dir));
        log?.info(summary(stats));
        writeStats(stats);
      },
      'astro:server:done': async () => {
        await diagramService().close();
      },
    },
  };
}

/** `42 diagrams (31 drawn in 0.1 s, 2 rendered in Chromium in 1.9 s, 9 from cache)`. */
function summary({ diagrams, drawn, drawMs, rendered, cached, failed, deferred, launchMs, renderMs }: DiagramStats): string {
  const parts = [`${drawn} drawn in ${(drawMs / 1000).toFixed(1)} s`];
  if (rendered > 0 || launchMs > 0) parts.push(`${rendered} rendered in Chromium in ${((launchMs + renderMs) / 1000).toFixed(1)} s`);
  parts.push(`${cached} from cache`);
  if (failed > 0) parts.push(`${failed} failed`);
  if (deferred > 0) parts.push(`${deferred} left to the reader's browser`);
  return `${diagrams} diagram${diagrams === 1 ? '' : 's'} (${parts.join(', ')})`;
}

/**
 * Mermaid's ESM build for `MermaidClient.astro`, copied only when some diagram was left to the
 * reader's browser (source maps left out).
 */
function copyMermaid(outDir: string): void {
  const from = dirname(mermaidPaths().bundle);
  const to = join(outDir, '_keyplan/mermaid');
  cpSync(join(from, 'mermaid.esm.min.mjs'), join(to, 'mermaid.esm.min.mjs'));
  cpSync(join(from, 'chunks/mermaid.esm.min'), join(to, 'chunks/mermaid.esm.min'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
}

/** The counters of the last build, for `npm run bench`. */
function writeStats(stats: DiagramStats): void {
  try {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(join(cacheDir(), 'last-build.json'), `${JSON.stringify(stats, null, 2)}\n`);
  } catch {
    // Statistics are a convenience: a read-only cache folder must not fail the build.
  }
}

interface ProcessorLike {
  name: string;
  options: { mdastPlugins?: unknown[]; remarkPlugins?: unknown[] };
}

/**
 * Adds the ```mermaid plugin to the Markdown processor that `.md` and `.mdx` share. Astro 7's
 * default, Sätteri, documents integrations pushing to `processor.options.mdastPlugins`; under
 * `unified(...)` the remark plugin goes to `remarkPlugins`.
 */
function addMarkdownPlugin(processor: ProcessorLike, warn: (message: string) => void): void {
  if (processor.name === 'satteri') {
    (processor.options.mdastPlugins ??= []).push(mermaidMdastPlugin(warn));
  } else if (processor.name === 'unified') {
    (processor.options.remarkPlugins ??= []).push([
      remarkMermaid,
      { render: (code: string, place: Parameters<typeof renderBlock>[1]) => renderBlock(code, place, warn) },
    ]);
  } else {
    warn(`the \`${processor.name}\` Markdown processor is not supported for \`\`\`mermaid blocks: they stay code blocks.`);
  }
}
