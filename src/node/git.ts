import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Git could not answer: not installed, not a repository, an unknown revision. The message says which. */
export class GitError extends Error {
  /** Git itself is not installed (or not on the PATH), which a command says in its own words. */
  readonly missing: boolean;
  constructor(message: string, missing = false) {
    super(message);
    this.missing = missing;
  }
}

export interface GitOptions {
  cwd: string;
  /** Written to git's standard input (e.g. object ids for `cat-file --batch`). */
  input?: string;
}

const MAX_OUTPUT = 1024 * 1024 * 1024;

/** Runs git and returns its standard output as text; throws `GitError` with git's own first line of complaint. */
export function git(args: readonly string[], options: GitOptions): string {
  return runGit(args, options).toString('utf8');
}

/** Like {@link git}, as bytes: `cat-file --batch` sizes count bytes, not characters. */
function gitBytes(args: readonly string[], options: GitOptions): Buffer {
  return runGit(args, options);
}

function runGit(args: readonly string[], { cwd, input }: GitOptions): Buffer {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      input: input ?? '',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: MAX_OUTPUT,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new GitError('git is not installed (or not on the PATH)', true);
    const said = failure.stderr?.toString('utf8').trim().split('\n')[0];
    throw new GitError(said ? said.replace(/^fatal: /, '') : `git ${args[0]} failed`);
  }
}

/** What git says about the repository a folder is in. */
export interface Repository {
  /** The working tree's top folder. */
  root: string;
  /** The folder asked about, relative to `root`, with `/` and a trailing `/` (empty at the top). */
  prefix: string;
  /** A shallow clone (CI checkouts are, unless `fetch-depth: 0`): history stops at `grafted`. */
  shallow: boolean;
  /** The commits at a shallow clone's boundary: git shows them as adding every file they hold. */
  grafted: ReadonlySet<string>;
}

/** The repository `dir` is in; throws `GitError` outside one or without git. */
export function repository(dir: string): Repository {
  const [shallow, root = '', prefix = ''] = git(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--show-prefix'], {
    cwd: dir,
  }).split('\n');
  if (shallow !== 'true') return { root, prefix, shallow: false, grafted: new Set() };
  const file = git(['rev-parse', '--path-format=absolute', '--git-path', 'shallow'], { cwd: dir }).trim();
  let grafted: Set<string>;
  try {
    grafted = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  } catch {
    grafted = new Set();
  }
  return { root, prefix, shallow: true, grafted };
}

/**
 * The contents of many blobs in one `git cat-file --batch` process, keyed by object id, as UTF-8
 * text. Ids git does not have are left out.
 */
export function readBlobs(ids: Iterable<string>, cwd: string): Map<string, string> {
  const unique = [...new Set(ids)];
  const blobs = new Map<string, string>();
  if (unique.length === 0) return blobs;
  const output = gitBytes(['cat-file', '--batch'], { cwd, input: `${unique.join('\n')}\n` });
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    if (lineEnd < 0) break;
    // "<id> <type> <size>", or "<id> missing".
    const [id = '', type, size] = output.toString('utf8', offset, lineEnd).split(' ');
    offset = lineEnd + 1;
    if (type === 'missing' || size === undefined) continue;
    const end = offset + Number(size);
    if (type === 'blob') blobs.set(id, output.toString('utf8', offset, end));
    offset = end + 1; // The content is followed by a newline.
  }
  return blobs;
}
