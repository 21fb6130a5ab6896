import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../lib/model.ts';

const READ = /\.(ya?ml|mdx?|json)$/i;

/** Reads every content file under `contentDir`; paths come back relative to `cwd`, with `/`. */
export function readContentTree(contentDir: string, cwd = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && READ.test(entry.name)) {
        files.push({ path: relative(cwd, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
      // Symbolic links are not followed: they could point outside the content tree.
    }
  };
  walk(contentDir);
  return files;
}
