import { svgIdOf } from '../../lib/diagrams/config.ts';
import { drawDiagram } from '../../lib/diagrams/draw/index.ts';
import type { DiagramSpec } from '../../lib/diagrams/types.ts';
import { MermaidBrowser, findChromium } from './browser.ts';
import { diagramHash, drawingHash, SvgCache } from './cache.ts';
import { fontMeasure } from './fonts.ts';
import { drawMermaid } from './static-mermaid.ts';

/** An author's ```mermaid block and the content file whose body holds it. */
export interface MermaidBlock {
  path: string;
  code: string;
}

/** What Mermaid writes into the SVGs it draws itself, and a strict `style-src` blocks. */
export const INLINE_STYLES = /<style\b|\sstyle="/;

/** What became of one diagram. */
export type Outcome =
  /** `draw`: drawn in this process; `render`: rendered by Chromium. */
  | { status: 'ok'; hash: string; svg: string; from: 'cache' | 'draw' | 'render' }
  /** No Chromium here: the page falls back to rendering in the reader's browser. */
  | { status: 'unavailable'; hash: string; message: string }
  /** Mermaid rejected the text. */
  | { status: 'error'; hash: string; message: string };

/** Counters for the build summary and the bench. */
export interface DiagramStats {
  /** Distinct diagrams asked for. */
  diagrams: number;
  /** Generated diagrams and authors' blocks drawn in this process, with no browser. */
  drawn: number;
  /** Milliseconds spent drawing them (fonts loaded included). */
  drawMs: number;
  /** Rendered by Chromium in this process. */
  rendered: number;
  /** Read from the disk cache. */
  cached: number;
  failed: number;
  /** Left to the reader's browser because no Chromium could run. */
  deferred: number;
  /** Milliseconds spent starting Chromium and loading Mermaid into its pages, then rendering. */
  launchMs: number;
  renderMs: number;
}

/**
 * An outcome as kept for the rest of the build: an SVG that is in the disk cache is read again when a
 * page asks for it rather than held in memory (6,000 diagrams are a few hundred megabytes of text).
 */
type Stored = Exclude<Outcome, { status: 'ok' }> | { status: 'ok'; hash: string; from: 'cache' | 'draw' | 'render'; svg?: string };

type Warn = (message: string) => void;
type Job = { hash: string; code: string; resolve: (outcome: Stored) => void };

/** Browser left running in `astro dev` closes after this long without a render. */
const IDLE_MS = 120_000;

/**
 * Renders Mermaid text to SVG once per content hash, from a disk cache when it can, otherwise in
 * one shared headless Chromium started on first need. Batches: `renderAll` renders its misses
 * together; `render` calls made in the same turn of the event loop are gathered into one batch.
 */
export class DiagramService {
  readonly #cache = new SvgCache();
  readonly #outcomes = new Map<string, Promise<Stored>>();
  #browser: Promise<MermaidBrowser | undefined> | undefined;
  #unavailable: string | undefined;
  #pending: Job[] = [];
  #idle: ReturnType<typeof setTimeout> | undefined;
  #warn: Warn = (message) => console.warn(`keyplan: ${message}`);
  readonly #stats: DiagramStats = {
    diagrams: 0,
    drawn: 0,
    drawMs: 0,
    rendered: 0,
    cached: 0,
    failed: 0,
    deferred: 0,
    launchMs: 0,
    renderMs: 0,
  };
  /** Generated diagrams drawn or read so far: `null` when the SVG is in the disk cache. */
  readonly #drawings = new Map<string, string | null>();
  /** The build's first batch of authors' blocks (`prepareAll`), once started. */
  #prepared: Promise<void> = Promise.resolve();
  /**
   * The content files of that batch with a block whose drawing carries inline styles (Mermaid's own,
   * drawn in Chromium) or is left to the reader's browser, where Mermaid writes them.
   */
  readonly #styledFiles = new Set<string>();
  /** A block that needs them was rendered for a body whose file is not known: every page allows them. */
  #styledSomewhere = false;

  /** `dev` under `astro dev`, where Mermaid's files are served from `node_modules`. */
  command: 'build' | 'dev' = 'build';

  /** Where warnings go (the Astro integration passes its logger). */
  setWarn(warn: Warn): void {
    this.#warn = warn;
  }

  stats(): DiagramStats {
    return { ...this.#stats };
  }

  /** Renders many diagrams, the misses in one batch. */
  renderAll(codes: readonly string[]): Promise<Outcome[]> {
    const outcomes = codes.map((code) => this.render(code));
    this.#flushNow();
    return Promise.all(outcomes);
  }

  /**
   * Renders the misses among many diagrams in one batch, without reading the SVGs: what a build
   * does before its pages ask for them one by one.
   */
  /**
   * Notes that a body's block was drawn with inline styles or left to the reader's browser, as the
   * Markdown pipeline renders it: a block the first batch did not find (`mermaidBlocks`) still gets
   * its page the styles it needs.
   */
  noteStyled(path: string | undefined): void {
    if (path === undefined) this.#styledSomewhere = true;
    else this.#styledFiles.add(path);
  }

  prepareAll(blocks: readonly MermaidBlock[]): Promise<void> {
    const stored = blocks.map(({ code }) => this.#stored(code));
    this.#flushNow();
    this.#prepared = Promise.all(stored).then((outcomes) => {
      outcomes.forEach((outcome, index) => {
        const svg = outcome.status === 'ok' ? (outcome.svg ?? this.#cache.get(outcome.hash)) : undefined;
        const styled = outcome.status === 'unavailable' || (svg !== undefined && INLINE_STYLES.test(svg));
        if (styled) this.#styledFiles.add(blocks[index]!.path);
      });
    });
    return this.#prepared;
  }

  /**
   * Whether a page that shows the bodies of `paths` must allow inline styles, once the build's batch
   * of authors' blocks is settled: Mermaid writes them into the SVGs it draws, in Chromium during the
   * build or in the reader's browser (`Base.astro`). Drawings made without a browser carry none. Under
   * `astro dev`, which renders blocks as pages ask, any such block so far allows them on every page.
   */
  async needsInlineStyles(paths: readonly string[]): Promise<boolean> {
    await this.#prepared;
    if (this.command === 'dev') return this.#stats.deferred > 0 || this.#stats.rendered > 0;
    return this.#styledSomewhere || paths.some((path) => this.#styledFiles.has(path));
  }

  /**
   * The SVG of a generated diagram (org chart, coverage map, timeline, matrix), drawn in this
   * process with no browser, or read from the disk cache. Never fails for want of Chromium.
   */
  draw(spec: DiagramSpec): { hash: string; svg: string } {
    const hash = drawingHash(spec);
    const held = this.#drawings.get(hash);
    if (held !== undefined) {
      const svg = held ?? this.#cache.get(hash);
      if (svg !== undefined) return { hash, svg };
    } else {
      this.#stats.diagrams++;
      const svg = this.#cache.get(hash);
      if (svg !== undefined) {
        this.#stats.cached++;
        this.#drawings.set(hash, null);
        return { hash, svg };
      }
    }
    const started = performance.now();
    const svg = drawDiagram(spec, svgIdOf(hash), fontMeasure());
    this.#stats.drawMs += performance.now() - started;
    this.#stats.drawn++;
    // Held in memory only when the cache cannot take it (6,000 SVGs are a few hundred megabytes).
    this.#drawings.set(hash, this.#cache.set(hash, svg) ? null : svg);
    return { hash, svg };
  }

  /** Renders one diagram; calls in the same turn share a batch. */
  render(code: string): Promise<Outcome> {
    return this.#stored(code).then((outcome) => this.#complete(outcome, code));
  }

  #stored(code: string): Promise<Stored> {
    const hash = diagramHash(code);
    let outcome = this.#outcomes.get(hash);
    if (outcome) return outcome;
    this.#stats.diagrams++;
    const error = this.#cache.getError(hash);
    if (this.#cache.has(hash)) {
      this.#stats.cached++;
      outcome = Promise.resolve({ status: 'ok', hash, from: 'cache' });
    } else if (error !== undefined) {
      this.#stats.failed++;
      outcome = Promise.resolve({ status: 'error', hash, message: error });
    } else {
      outcome = new Promise<Stored>((resolve) => {
        if (this.#pending.length === 0) setImmediate(() => this.#flushNow());
        this.#pending.push({ hash, code, resolve });
      });
    }
    this.#outcomes.set(hash, outcome);
    return outcome;
  }

  /** The outcome with its SVG, read from the disk cache when it is not held in memory. */
  #complete(outcome: Stored, code: string): Outcome | Promise<Outcome> {
    if (outcome.status !== 'ok' || outcome.svg !== undefined) return outcome as Outcome;
    const svg = this.#cache.get(outcome.hash);
    if (svg !== undefined) return { ...outcome, svg };
    // The file went away during the build (someone cleared the cache): render it again.
    this.#outcomes.delete(outcome.hash);
    this.#stats.diagrams--;
    this.#stats.cached -= outcome.from === 'cache' ? 1 : 0;
    this.#stats.rendered -= outcome.from === 'render' ? 1 : 0;
    this.#stats.drawn -= outcome.from === 'draw' ? 1 : 0;
    return this.render(code);
  }

  /** Stops Chromium; a later render starts it again. */
  async close(): Promise<void> {
    clearTimeout(this.#idle);
    const browser = await this.#browser;
    this.#browser = undefined;
    await browser?.close();
  }

  #flushNow(): void {
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    // Whatever goes wrong, every page waiting on this batch gets an answer (resolving twice is a no-op).
    this.#renderBatch(batch).catch((error: unknown) => {
      for (const job of batch) job.resolve({ status: 'error', hash: job.hash, message: `Rendering failed: ${(error as Error).message}` });
    });
  }

  async #renderBatch(all: Job[]): Promise<void> {
    const batch = await this.#drawWithoutBrowser(all);
    if (batch.length === 0) return;
    const browser = await this.#startBrowser();
    if (!browser) {
      this.#stats.deferred += batch.length;
      for (const job of batch) job.resolve({ status: 'unavailable', hash: job.hash, message: this.#unavailable ?? '' });
      return;
    }
    const started = performance.now();
    let results: Awaited<ReturnType<MermaidBrowser['render']>>;
    let crashed = false;
    try {
      results = await browser.render(batch.map((job) => ({ id: svgIdOf(job.hash), code: job.code })));
    } catch (error) {
      crashed = true;
      results = batch.map(() => ({ error: `Chromium failed while rendering: ${(error as Error).message}` }));
      // Start afresh next time: the browser or its pages may be gone.
      await this.close().catch(() => undefined);
    }
    this.#stats.renderMs += performance.now() - started;
    batch.forEach((job, index) => {
      const result = results[index]!;
      if ('svg' in result) {
        const onDisk = this.#cache.set(job.hash, result.svg);
        this.#stats.rendered++;
        job.resolve({ status: 'ok', hash: job.hash, from: 'render', ...(onDisk ? {} : { svg: result.svg }) });
      } else {
        this.#stats.failed++;
        // Mermaid's verdict on the text is cached; a browser that died says nothing about it.
        if (!crashed) this.#cache.setError(job.hash, result.error);
        job.resolve({ status: 'error', hash: job.hash, message: result.error });
      }
    });
    this.#armIdleClose();
  }

  /**
   * Draws the blocks that need no browser (flowcharts, sequence and entity-relationship diagrams)
   * and settles those Mermaid's parser rejects; returns the rest, for Chromium or the reader.
   */
  async #drawWithoutBrowser(batch: Job[]): Promise<Job[]> {
    const rest: Job[] = [];
    for (const job of batch) {
      const started = performance.now();
      const result = await drawMermaid(job.code, svgIdOf(job.hash));
      if (!result) {
        rest.push(job);
      } else if ('svg' in result) {
        this.#stats.drawMs += performance.now() - started;
        this.#stats.drawn++;
        const onDisk = this.#cache.set(job.hash, result.svg);
        job.resolve({ status: 'ok', hash: job.hash, from: 'draw', ...(onDisk ? {} : { svg: result.svg }) });
      } else {
        this.#stats.failed++;
        this.#cache.setError(job.hash, result.error);
        job.resolve({ status: 'error', hash: job.hash, message: result.error });
      }
    }
    return rest;
  }

  #startBrowser(): Promise<MermaidBrowser | undefined> {
    if (this.#unavailable !== undefined) return Promise.resolve(undefined);
    this.#browser ??= (async () => {
      const started = performance.now();
      const executable = findChromium();
      if (!executable) {
        return this.#giveUp(
          'no Chromium or Chrome was found, so diagrams are left as Mermaid text that the reader’s browser draws. Install Chromium or set `CHROMIUM_PATH` to its executable to get static SVG.',
        );
      }
      try {
        const browser = await MermaidBrowser.launch(executable);
        this.#stats.launchMs += performance.now() - started;
        return browser;
      } catch (error) {
        return this.#giveUp(
          `Chromium at \`${executable}\` did not start (${(error as Error).message.split('\n')[0]}), so diagrams are left as Mermaid text that the reader’s browser draws. Set \`CHROMIUM_PATH\` to a working Chrome or Chromium.`,
        );
      }
    })();
    return this.#browser;
  }

  #giveUp(message: string): undefined {
    this.#unavailable = message;
    this.#browser = undefined;
    this.#warn(message);
    return undefined;
  }

  #armIdleClose(): void {
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => void this.close(), IDLE_MS);
    this.#idle.unref();
  }
}

const KEY = Symbol.for('keyplan.diagram-service');

/**
 * The process's one service. The integration and the pages load this module through different
 * bundles (Astro's config loader, the prerender build), so the instance lives on `globalThis`.
 */
export function diagramService(): DiagramService {
  const registry = globalThis as { [KEY]?: DiagramService };
  registry[KEY] ??= new DiagramService();
  return registry[KEY];
}
