import { runEngine, type EngineResult } from '../lib/engine.ts';
import { readContentTree } from './content-fs.ts';
import { contentDir } from './paths.ts';

let cached: EngineResult | undefined;

/** Reads and checks the content tree once per process; pages and the build gate share the result. */
export function loadPortfolio(): EngineResult {
  cached ??= runEngine(readContentTree(contentDir()), { root: relativeRoot() });
  return cached;
}

function relativeRoot(): string {
  const dir = contentDir();
  const cwd = process.cwd();
  return dir.startsWith(`${cwd}/`) ? dir.slice(cwd.length + 1) : dir;
}
