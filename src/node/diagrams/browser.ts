import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mermaidConfig } from '../../lib/diagrams/config.ts';
import { mermaidPaths } from './mermaid-files.ts';

/** Where Chromium is usually installed, after `CHROMIUM_PATH`. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A Chromium (or Chrome) executable: `CHROMIUM_PATH`, a usual location, or Playwright's own download. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  try {
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

export interface RenderJob {
  /** The SVG's id; Mermaid prefixes the ids inside the SVG with it. */
  id: string;
  code: string;
}

export type RenderResult = { svg: string } | { error: string };

/**
 * Installed in the page: renders each diagram in turn with `mermaid.render`. Kept as source text
 * so that no bundler (Vite, Vitest) rewrites it on its way to the browser.
 */
const RENDER_IN_PAGE = `globalThis.keyplanRender = async (jobs) => {
  const results = [];
  for (const { id, code } of jobs) {
    try {
      const { svg } = await globalThis.mermaid.render(id, code);
      results.push({ svg });
    } catch (error) {
      results.push({ error: String((error && error.message) || error) });
    }
    // A failed render can leave its scratch element behind; it would collide with a later id.
    for (const stale of [id, 'd' + id, 'i' + id]) document.getElementById(stale)?.remove();
  }
  return results;
};`;

/**
 * One headless Chromium with up to two pages that have loaded Mermaid's browser bundle (from
 * `node_modules`, no network). A batch is split between the pages, each rendering its share in
 * one `evaluate` call: about 90 ms a diagram, against a second per diagram for a fresh page.
 */
export class MermaidBrowser {
  readonly #browser: Browser;
  readonly #pages: Promise<Page>[] = [];
  readonly #maxPages: number;

  private constructor(browser: Browser, maxPages: number) {
    this.#browser = browser;
    this.#maxPages = maxPages;
  }

  static async launch(executablePath: string, options: { pages?: number } = {}): Promise<MermaidBrowser> {
    const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
    const pages = options.pages ?? Math.min(2, availableParallelism());
    return new MermaidBrowser(browser, Math.max(1, pages));
  }

  /** Renders every job; results come back in the jobs' order. */
  async render(jobs: readonly RenderJob[]): Promise<RenderResult[]> {
    if (jobs.length === 0) return [];
    // A second page costs a Mermaid load (~0.7 s of CPU): worth it only for a batch of some size.
    const pageCount = Math.min(this.#maxPages, Math.max(1, Math.floor(jobs.length / 12)));
    const shares: RenderJob[][] = Array.from({ length: pageCount }, () => []);
    jobs.forEach((job, index) => shares[index % pageCount]!.push(job));
    const rendered = await Promise.all(
      shares.map(async (share, index) => {
        const page = await this.#page(index);
        // The Mermaid text travels as an argument, never spliced into code.
        return page.evaluate(
          (list) => (globalThis as unknown as { keyplanRender: (jobs: RenderJob[]) => Promise<RenderResult[]> }).keyplanRender(list),
          share,
        );
      }),
    );
    return jobs.map((_, index) => rendered[index % pageCount]![Math.floor(index / pageCount)]!);
  }

  async close(): Promise<void> {
    await this.#browser.close();
  }

  #page(index: number): Promise<Page> {
    this.#pages[index] ??= this.#openPage();
    return this.#pages[index];
  }

  async #openPage(): Promise<Page> {
    // Gantt charts take the width of their container: the viewport fixes it for every build.
    // A context of its own per page: pages of one context share a renderer process, so one thread.
    const context = await this.#browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: readFileSync(mermaidPaths().bundle, 'utf8') });
    await page.evaluate(
      (config) => (globalThis as unknown as { mermaid: { initialize(config: unknown): void } }).mermaid.initialize(config),
      mermaidConfig,
    );
    await page.evaluate(RENDER_IN_PAGE);
    return page;
  }
}
