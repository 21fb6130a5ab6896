import { cliEn } from '../i18n/cli-en.ts';
import { IMAGE_FILE, type SourceFile } from '../lib/model.ts';
import { git, GitError, readBlobs } from './git.ts';

/**
 * Why there is no content at a revision to compare with: no repository, or a revision git does not
 * know (`detail`, git's own words). The message is English; `check --since` words it in its language.
 */
export class RevisionError extends GitError {
  readonly kind: 'no-repository' | 'unknown-ref';
  readonly ref: string;
  readonly detail: string;
  constructor(kind: RevisionError['kind'], ref: string, detail = '') {
    super(kind === 'no-repository' ? cliEn.check.noRepository : cliEn.check.unknownRef(ref, detail));
    this.kind = kind;
    this.ref = ref;
    this.detail = detail;
  }
}

/** The files `readContentTree` reads from disk, and no others, so both sides of a comparison match. */
const READ = /\.(ya?ml|mdx?|json)$/i;

export interface ContentAtRef {
  /** The full commit id `ref` names. */
  commit: string;
  files: SourceFile[];
}

/**
 * The content tree as it is at a commit, read into memory: `git ls-tree` lists it and one
 * `git cat-file --batch` reads every file, so no checkout and no temporary folder are needed.
 *
 * @param ref  any revision git understands: `origin/main`, a tag, a commit id
 * @param dir  the content folder in the working tree (absolute)
 * @param root the content folder as file paths spell it (`content`), so that paths match a run on disk
 * @throws {RevisionError} outside a repository, or when git does not know `ref`
 * @throws {GitError} without git
 */
export function contentAt(ref: string, dir: string, root: string): ContentAtRef {
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], { cwd: dir }).trim();
  } catch (error) {
    const reason = (error as Error).message;
    if (/not installed/i.test(reason)) throw error;
    if (/not a git repository/i.test(reason)) throw new RevisionError('no-repository', ref);
    throw new RevisionError('unknown-ref', ref, reason);
  }
  // Run inside the content folder: `ls-tree` then lists that folder only, with paths relative to it.
  const listing = git(['ls-tree', '-r', '-z', commit, '--', '.'], { cwd: dir });
  const wanted: { path: string; id: string }[] = [];
  const images: string[] = [];
  for (const entry of listing.split('\0')) {
    // "<mode> <type> <id>\t<path>"
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    // Regular files only, as on disk: symbolic links (120000) and submodules are not followed.
    if (type !== 'blob' || mode === '120000' || !id) continue;
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    if (IMAGE_FILE.test(path)) images.push(root ? `${root}/${path}` : path);
    else if (READ.test(path)) wanted.push({ path, id });
  }
  const blobs = readBlobs(
    wanted.map((file) => file.id),
    dir,
  );
  const files: SourceFile[] = [
    ...wanted.map(({ path, id }) => ({ path: root ? `${root}/${path}` : path, text: blobs.get(id) ?? '' })),
    ...images.map((path) => ({ path, text: '', asset: true as const })),
  ].sort((a, b) => byFolders(a.path, b.path));
  return { commit, files };
}

/** The order of `readContentTree`'s walk (each folder's entries sorted by name), so messages come out alike. */
function byFolders(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = left[index]!.localeCompare(right[index]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
