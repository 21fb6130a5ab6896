import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runEngine } from '../../src/lib/check/engine.ts';
import { formatMessages } from '../../src/lib/check/format.ts';
import type { SourceFile } from '../../src/lib/model.ts';
import { ROOT } from './site.ts';

/** The minimal fixture (one complete active plan) as in-memory files with paths under `content/`. */
export function minimalFiles(): SourceFile[] {
  const base = join(ROOT, 'test/fixtures/minimal/content');
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: `content/${relative(base, full)}`, text: readFileSync(full, 'utf8') });
    }
  };
  walk(base);
  return files;
}

/** The minimal fixture with some files replaced (a string) or edited (a function of the old text). */
export function withChanges(changes: Record<string, string | ((text: string) => string) | null>): SourceFile[] {
  const files = minimalFiles().map((file) => ({ ...file }));
  for (const [path, change] of Object.entries(changes)) {
    const index = files.findIndex((file) => file.path === path);
    if (change === null) {
      if (index >= 0) files.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      const file = files[index]!;
      file.text = typeof change === 'function' ? change(file.text) : change;
    } else {
      files.push({ path, text: typeof change === 'function' ? change('') : change });
    }
  }
  return files;
}

/** Messages of a run, one `path:line:col  level  message  [rule]` line each. */
export function messagesOf(files: SourceFile[], rules?: string[]): string[] {
  const { reporter } = runEngine(files, { today: '2026-11-23' } as Parameters<typeof runEngine>[1]);
  const lines = formatMessages(reporter.sorted());
  return rules ? lines.filter((line) => rules.some((rule) => line.endsWith(`[${rule}]`))) : lines;
}
