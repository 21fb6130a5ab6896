import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

let cached: { bundle: string; version: string } | undefined;

/**
 * Mermaid's browser bundle and version, resolved from the project (not from this file, which may
 * run from a bundled chunk under `dist/`).
 */
export function mermaidPaths(): { bundle: string; version: string } {
  if (cached) return cached;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const manifest = require.resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  cached = { bundle: require.resolve('mermaid/dist/mermaid.min.js'), version };
  return cached;
}
