import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** What git knows about a content folder, read once. */
export interface GitInfo {
  /** The repository's top folder; missing outside a repository or without git. */
  root?: string;
  /**
   * When each file was last committed: ISO 8601 committer dates (`%cI`) keyed by path relative to
   * the working directory, with forward slashes (the form of `Doc.path`).
   */
  dates: ReadonlyMap<string, string>;
}

const cache = new Map<string, GitInfo>();

/**
 * Reads the last commit date of every file under `dir` in one `git log --name-only` pass, not one
 * process per page. Never throws: outside a repository, without git, or for files never committed,
 * the map simply has no entry. In a shallow clone the oldest (grafted) commit appears to add every
 * file it contains, so dates that come from it would be wrong; those files are left out rather than
 * shown with a false date.
 */
export function gitInfo(dir: string): GitInfo {
  const key = resolve(dir);
  let info = cache.get(key);
  if (!info) {
    info = readGitInfo(key);
    cache.set(key, info);
  }
  return info;
}

/** Last commit dates of the files under `dir`; see {@link gitInfo}. */
export function lastCommitDates(dir: string): ReadonlyMap<string, string> {
  return gitInfo(dir).dates;
}

function readGitInfo(dir: string): GitInfo {
  const dates = new Map<string, string>();
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { dates };
  }
  let log: string;
  try {
    log = git(['-c', 'core.quotepath=off', 'log', '--name-only', '--format=%x1e%H %cI', '--', '.']);
  } catch {
    // A repository without commits yet.
    return { root, dates };
  }
  const grafted = shallowBoundary(git);
  const cwd = process.cwd();
  for (const record of log.split('\x1e')) {
    const [header, ...files] = record.split('\n');
    const [hash, date] = (header ?? '').split(' ');
    if (!hash || !date || grafted.has(hash)) continue;
    for (const file of files) {
      if (!file) continue;
      const path = relative(cwd, resolve(root, file)).split('\\').join('/');
      // The log runs newest first: the first date seen for a file is its latest.
      if (!dates.has(path)) dates.set(path, date);
    }
  }
  return { root, dates };
}

/** Hashes of the grafted commits of a shallow clone (none in a full clone). */
function shallowBoundary(git: (args: string[]) => string): Set<string> {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'true') return new Set();
    const file = git(['rev-parse', '--path-format=absolute', '--git-path', 'shallow']).trim();
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}
