import { relative, sep } from 'node:path';
import { runEngine, type EngineResult } from '../lib/engine.ts';
import { readContentTree } from './content-fs.ts';
import { contentDir } from './paths.ts';
import { today } from './today.ts';

let cached: EngineResult | undefined;

/** Reads and checks the content tree once per process; pages and the build gate share the result. */
export function loadPortfolio(): EngineResult {
  cached ??= runEngine(readContentTree(contentDir()), { root: contentRoot(), today: today() });
  return cached;
}

/** The content folder as file paths spell it: relative to the working directory, as `readContentTree` makes them. */
export function contentRoot(): string {
  return relative(process.cwd(), contentDir()).split(sep).join('/');
}
