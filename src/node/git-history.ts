import { relative, resolve, sep } from 'node:path';
import {
  accountChanges,
  parseFileVersion,
  type Change,
  type FileVersion,
  type HistoryGap,
  type HistoryOptions,
  type Revision,
} from '../lib/history/changes.ts';
import { git, GitError, readBlobs, repository, type Repository } from './git.ts';
import { contentDir } from './paths.ts';

/** The history of one account as the account page shows it. */
export interface AccountHistory {
  /** False outside a git repository or without git: `gap` says why, and there are no changes. */
  available: boolean;
  /** Why history is missing or incomplete (a shallow clone), for the site to say in its language. */
  gap?: HistoryGap;
  /** git's own words when `gap` is `git-failed`, which the site quotes. */
  gitMessage?: string;
  /** The newest commit that touched the account's folder. */
  lastUpdated?: { date: string; author: string; commit: string };
  /** Field-level changes in words, newest first, at most `limit`. */
  changes: Change[];
  /** How many older changes `limit` left out. */
  more: number;
}

export interface AccountHistoryOptions extends HistoryOptions {
  /** The content folder. @default contentDir() (`KEYPLAN_CONTENT` or `content`) */
  dir?: string;
}

const NULL_ID = /^0+$/;

/** One file changed by one commit, as `git log --raw` lists it: blob ids before and after. */
interface RawRevision {
  commit: string;
  date: string;
  author: string;
  /** Path relative to the content folder. */
  path: string;
  before?: string;
  after?: string;
}

type ContentLog =
  | { available: false; gap: HistoryGap; gitMessage?: string; repo?: Repository }
  | {
      available: true;
      repo: Repository;
      revisions: RawRevision[];
      gap?: 'shallow';
      /** Every blob the account files ever had, read on first use; parsed one by one as pages ask. */
      texts?: Map<string, string>;
      versions: Map<string, FileVersion>;
    };

type AvailableLog = Extract<ContentLog, { available: true }>;

const logs = new Map<string, ContentLog>();

/**
 * Every commit that touched the content folder, with the blob ids of each file before and after, from
 * one `git log --raw` for the whole folder (memoised per process, so a build runs it once).
 */
function contentLog(dir: string): ContentLog {
  const key = resolve(dir);
  let log = logs.get(key);
  if (!log) {
    log = readLog(key);
    logs.set(key, log);
  }
  return log;
}

/** Why the log could not be read; `repo` when git found the repository but not its log (no commits yet). */
function unavailable(error: GitError, repo: Repository | undefined): ContentLog {
  const reason = error.message;
  const gap = (gap: HistoryGap, gitMessage?: string): ContentLog => ({
    available: false,
    gap,
    ...(gitMessage ? { gitMessage } : {}),
    ...(repo ? { repo } : {}),
  });
  if (/not a git repository/i.test(reason)) return gap('not-a-repository');
  if (error.missing) return gap('no-git');
  if (/does not have any commits/i.test(reason)) return gap('no-commits');
  // git's own words, which the page quotes in a sentence of its language.
  return gap('git-failed', reason);
}

function readLog(dir: string): ContentLog {
  let repo: Repository | undefined;
  let output: string;
  try {
    repo = repository(dir);
    // -z: paths exactly as stored, whatever characters they hold. Merges list no files (their
    // changes are the commits merged), and each file's "before" is its own parent's version.
    output = git(['log', '--no-color', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x1e%H%x09%cI%x09%an', '--', '.'], {
      cwd: dir,
    });
  } catch (error) {
    if (error instanceof GitError) return unavailable(error, repo);
    throw error;
  }
  const revisions: RawRevision[] = [];
  for (const record of output.split('\x1e')) {
    const [header = '', ...fields] = record.split('\0');
    const [commit, date, author = ''] = header.split('\t');
    // The commits at a shallow clone's edge seem to add every file: they say nothing true.
    if (!commit || !date || repo.grafted.has(commit)) continue;
    for (let index = 0; index + 1 < fields.length; index += 2) {
      // ":<old mode> <new mode> <old id> <new id> <status>", then the path.
      const [, , before = '', after = ''] = fields[index]!.trim().slice(1).split(' ');
      const path = fields[index + 1]!;
      if (!path.startsWith(repo.prefix)) continue;
      revisions.push({
        commit,
        date,
        author,
        path: path.slice(repo.prefix.length),
        ...(NULL_ID.test(before) ? {} : { before }),
        ...(NULL_ID.test(after) ? {} : { after }),
      });
    }
  }
  // A shallow clone holds only recent commits: the page says its history is incomplete.
  return { available: true, repo, revisions, versions: new Map(), ...(repo.shallow ? { gap: 'shallow' as const } : {}) };
}

/** A version of an account file; every such blob is read by one `git cat-file --batch`, on first use. */
function version(log: AvailableLog, dir: string, id: string): FileVersion | undefined {
  if (!log.texts) {
    const ids = log.revisions
      .filter((revision) => revision.path.startsWith('accounts/'))
      .flatMap((revision) => [revision.before, revision.after]);
    log.texts = readBlobs(
      ids.filter((blob): blob is string => blob !== undefined),
      dir,
    );
  }
  let parsed = log.versions.get(id);
  const text = log.texts.get(id);
  if (!parsed && text !== undefined) log.versions.set(id, (parsed = parseFileVersion(text)));
  return parsed;
}

/**
 * What changed in an account's plan, stakeholder map and value propositions, from git: field-level
 * changes in words, newest first. Never throws for want of git: outside a repository it returns
 * `available: false` and the `gap`; in a shallow clone it returns what the clone holds and says so.
 */
export function accountHistory(accountId: string, options: AccountHistoryOptions = {}): AccountHistory {
  const dir = resolve(options.dir ?? contentDir());
  const log = contentLog(dir);
  if (!log.available) {
    return { available: false, gap: log.gap, ...(log.gitMessage ? { gitMessage: log.gitMessage } : {}), changes: [], more: 0 };
  }
  const folder = `accounts/${accountId}/`;
  const mine = log.revisions.filter((revision) => revision.path.startsWith(folder));
  const latest = mine[0];
  const revisions: Revision[] = mine.map(({ commit, date, author, path, before, after }) => {
    const was = before ? version(log, dir, before) : undefined;
    const is = after ? version(log, dir, after) : undefined;
    return { commit, date, author, file: path.slice(folder.length), ...(was ? { before: was } : {}), ...(is ? { after: is } : {}) };
  });
  const { changes, more } = accountChanges(revisions, options);
  return {
    available: true,
    ...(log.gap ? { gap: log.gap } : {}),
    ...(latest ? { lastUpdated: { date: latest.date, author: latest.author, commit: latest.commit } } : {}),
    changes,
    more,
  };
}

/**
 * The last commit date (ISO 8601, committer) of every file under `dir` that git knows, keyed by path
 * relative to the working directory with `/` (the form of `Doc.path`), from the same single
 * `git log` as the history, so that a build reads the log once. Empty outside git; files seen only in
 * a shallow clone's boundary commit are left out, as their date would be wrong.
 */
export function commitDates(dir: string = contentDir()): ReadonlyMap<string, string> {
  const log = contentLog(resolve(dir));
  const dates = new Map<string, string>();
  if (!log.available) return dates;
  const base = resolve(log.repo.root, log.repo.prefix);
  for (const revision of log.revisions) {
    const path = relative(process.cwd(), resolve(base, revision.path)).split(sep).join('/');
    // The log runs newest first: the first date seen for a file is its latest.
    if (!dates.has(path)) dates.set(path, revision.date);
  }
  return dates;
}

/**
 * The top folder of the repository `dir` is in, from the same memoised read as the history; missing
 * outside a repository or without git.
 */
export function repositoryRoot(dir: string = contentDir()): string | undefined {
  return contentLog(resolve(dir)).repo?.root;
}
