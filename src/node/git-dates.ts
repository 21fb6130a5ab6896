import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const cache = new Map<string, ReadonlyMap<string, string>>();

/**
 * When each file under `dir` was last committed: ISO 8601 committer dates (`%cI`) keyed by path
 * relative to the working directory, with forward slashes (the form of `Doc.path`).
 *
 * One `git log --name-only` pass for the whole tree, not one process per page. Never throws: outside
 * a repository, without git, or for files never committed, the map simply has no entry. In a shallow
 * clone the oldest (grafted) commit appears to add every file it contains, so dates that come from
 * it would be wrong; those files are left out rather than shown with a false date.
 */
export function lastCommitDates(dir: string): ReadonlyMap<string, string> {
  const key = resolve(dir);
  let dates = cache.get(key);
  if (!dates) {
    dates = readDates(key);
    cache.set(key, dates);
  }
  return dates;
}

function readDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let top: string;
  let log: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
    log = git(['-c', 'core.quotepath=off', 'log', '--name-only', '--format=%x1e%H %cI', '--', '.']);
  } catch {
    return dates;
  }
  const grafted = shallowBoundary(git);
  const cwd = process.cwd();
  for (const record of log.split('\x1e')) {
    const [header, ...files] = record.split('\n');
    const [hash, date] = (header ?? '').split(' ');
    if (!hash || !date || grafted.has(hash)) continue;
    for (const file of files) {
      if (!file) continue;
      const path = relative(cwd, resolve(top, file)).split('\\').join('/');
      // The log runs newest first: the first date seen for a file is its latest.
      if (!dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
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
