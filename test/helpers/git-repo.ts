import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Git run as a test user, untouched by the machine's own git configuration (signing, hooks, colours). */
export const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_EMAIL: 'kam@example.com',
  GIT_COMMITTER_NAME: 'Keyplan Tests',
  GIT_COMMITTER_EMAIL: 'tests@example.com',
};

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  /** Commits everything in the working tree as `author`, dated `date` (YYYY-MM-DD, noon UTC). */
  commit(message: string, date: string, author?: string): string;
  remove(): void;
}

/** A new folder outside any repository (under the system's temporary folder), optionally `git init`-ed. */
export function tempDir(prefix: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** A fresh repository with `content/` copied from a fixture folder (not yet committed). */
export function tempRepo(fixtureContent?: string): TempRepo {
  const dir = tempDir('keyplan-repo-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  git('init', '--quiet', '--initial-branch=main');
  if (fixtureContent) cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
  return {
    dir,
    git,
    commit(message, date, author = 'Laura Gómez') {
      git('add', '--all');
      const stamp = `${date}T12:00:00Z`;
      execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_NAME: author, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp },
      });
      return git('rev-parse', 'HEAD').trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
