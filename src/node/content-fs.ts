import { checksEn } from '../i18n/check-en.ts';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { IMAGE_FILE, type SourceFile } from '../lib/model.ts';
import { decodeUtf8 } from '../lib/content/utf8.ts';

/** Content files, and SVG images, which the engine checks because a browser runs what they hold. */
const READ = /\.(ya?ml|mdx?|json|svg)$/i;

/**
 * Reads every content file under `contentDir`, and lists the image files beside them (`asset`);
 * paths come back relative to `cwd`, with `/`.
 * Files that cannot be read as content come back with `unreadable`, so the engine reports them with
 * the other problems instead of the read failing or the file being skipped silently.
 */
export function readContentTree(contentDir: string, cwd = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  const root = resolve(contentDir);
  const pathOf = (full: string) => relative(cwd, full).split(sep).join('/');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.')) {
        // Folders such as `.git` and files such as `.DS_Store` are not content; a hidden content file
        // (`value/.mdx`, what a name without letters once became) is reported rather than skipped.
        if (entry.isFile() && READ.test(entry.name)) files.push({ path: pathOf(full), text: '', unreadable: hiddenProblem(entry.name) });
        continue;
      }
      if (entry.isSymbolicLink()) {
        // Not followed: a link can point outside the content tree (a secret, a file of another project)
        // and the site would publish whatever it points to.
        files.push({ path: pathOf(full), text: '', unreadable: symlinkProblem(full, root) });
      } else if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && READ.test(entry.name)) {
        const { text, unreadable, byte } = decodeUtf8(readFileSync(full));
        const about =
          unreadable && byte
            ? { kind: 'encoding' as const, byte, line: unreadable.place.line, column: unreadable.place.column }
            : undefined;
        files.push({ path: pathOf(full), text, ...(unreadable ? { unreadable: { ...unreadable, ...(about ? { about } : {}) } } : {}) });
      } else if (entry.isFile() && IMAGE_FILE.test(entry.name)) {
        // Listed, not read: a body's `![…](./chart.png)` must name a file that is there.
        files.push({ path: pathOf(full), text: '', asset: true });
      }
    }
  };
  walk(root);
  return files;
}

function hiddenProblem(name: string): NonNullable<SourceFile['unreadable']> {
  return {
    ruleId: 'hidden-file',
    reason: checksEn.files.hidden(name),
    about: { kind: 'hidden', name },
  };
}

function symlinkProblem(full: string, root: string): NonNullable<SourceFile['unreadable']> {
  let target: string;
  try {
    target = readlinkSync(full);
  } catch {
    target = '?';
  }
  const resolved = resolve(dirname(full), target);
  const outside = resolved !== root && !resolved.startsWith(`${root}${sep}`);
  return {
    ruleId: 'symlink',
    reason: checksEn.files.symlink(target, outside),
    about: { kind: 'symlink', target, outside },
  };
}
