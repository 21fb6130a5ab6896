import { relative, sep } from 'node:path';
import { runEngine, type EngineResult } from '../lib/engine.ts';
import { readContentTree } from './content-fs.ts';
import { contentDir } from './paths.ts';
import { today } from './today.ts';

let cached: EngineResult | undefined;

/**
 * Astro bundles the pages into chunks of their own, so this module exists twice in one build: once
 * for the build gate (the integration) and once for the pages. The gate hands its result over through
 * a global, so a build reads and checks the content once.
 */
const SHARED = Symbol.for('keyplan.engine-result');
type Shared = { [SHARED]?: EngineResult };

/** Reads and checks the content tree once per process; pages and the build gate share the result. */
export function loadPortfolio(): EngineResult {
  cached ??= (globalThis as Shared)[SHARED] ?? runEngine(readContentTree(contentDir()), { root: contentRoot(), today: today() });
  return cached;
}

/**
 * Offers this process's result to the pages of the build that is starting. Only for `astro build`:
 * in `astro dev` pages must read the content as it is edited.
 */
export function shareWithPages(result: EngineResult): void {
  (globalThis as Shared)[SHARED] = result;
}

/** The content folder as file paths spell it: relative to the working directory, as `readContentTree` makes them. */
export function contentRoot(): string {
  return relative(process.cwd(), contentDir()).split(sep).join('/');
}
