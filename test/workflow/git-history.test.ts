import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountHistory, commitDates, repositoryRoot } from '../../src/node/git-history.ts';
import { replace } from '../check/helpers.ts';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const MINIMAL = resolve(import.meta.dirname, '../fixtures/minimal/content');

let repo: TempRepo;
const scratch: string[] = [];
const edit = (path: string, change: (text: string) => string) => {
  const file = join(repo.dir, 'content', path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

beforeAll(() => {
  repo = tempRepo(MINIMAL);
  repo.commit('Acme plan', '2026-09-01', 'Ana López');
  edit('accounts/acme/stakeholders.mdx', replace('stance: neutral', 'stance: supporter'));
  edit('accounts/acme/plan.mdx', replace('target: 1500000', 'target: 1800000'));
  repo.commit('Seán comes round; a higher target', '2026-10-01', 'Ana López');
  edit('accounts/acme/plan.mdx', replace('status: in-progress', 'status: done'));
  // A file outside the account: not part of its history.
  writeFileSync(join(repo.dir, 'content/team/ana-lopez.yaml'), 'name: Ana López\nrole: kam\nfunction: Sales\ngithub: ana-lopez\n');
  repo.commit('Workshop held', '2026-11-02', 'Ben Okafor');
});
afterAll(() => {
  repo.remove();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('accountHistory', () => {
  it('reads every version from git and tells the account’s changes, newest first', () => {
    const history = accountHistory('acme', { dir: join(repo.dir, 'content'), memberName: (id) => ({ 'ana-lopez': 'Ana López' })[id] });
    expect(history.available).toBe(true);
    expect(history.gap).toBeUndefined();
    expect(history.lastUpdated).toMatchObject({ date: '2026-11-02T12:00:00+00:00', author: 'Ben Okafor' });
    expect(history.changes.map((change) => `${change.date.slice(0, 10)} ${change.author} ${change.file}: ${change.text}`))
      .toMatchInlineSnapshot(`
      [
        "2026-11-02 Ben Okafor plan.mdx: action “Joint S&OP workshop” done",
        "2026-10-01 Ana López plan.mdx: revenue target 1,500,000 → 1,800,000",
        "2026-10-01 Ana López stakeholders.mdx: Seán O'Brien: stance neutral → supporter",
        "2026-09-01 Ana López plan.mdx: plan created (active)",
        "2026-09-01 Ana López stakeholders.mdx: stakeholder map created with 2 people",
        "2026-09-01 Ana López value/daily-replenishment.mdx: value proposition “Daily replenishment of fresh categories” added (proposed)",
      ]
    `);
    expect(history.more).toBe(0);
  });

  it('has nothing for an account git never saw', () => {
    expect(accountHistory('nobody', { dir: join(repo.dir, 'content') })).toEqual({ available: true, changes: [], more: 0 });
  });

  it('works on a shallow clone and says the history is incomplete', () => {
    const dir = tempDir('keyplan-shallow-');
    scratch.push(dir);
    execFileSync('git', ['clone', '--quiet', '--depth', '2', `file://${repo.dir}`, dir], { env: { ...process.env, ...GIT_ENV } });
    const history = accountHistory('acme', { dir: join(dir, 'content') });
    expect(history.available).toBe(true);
    expect(history.gap).toBe('shallow');
    // The clone's oldest commit is its boundary: only the newest commit's changes are known.
    expect(history.changes.map((change) => change.text)).toEqual(['action “Joint S&OP workshop” done']);
  });

  it('gives each file’s last commit date, keyed as `Doc.path` is, and the repository’s top, from the same log', () => {
    const dates = commitDates(join(repo.dir, 'content'));
    const at = (path: string) => dates.get(`${relative(process.cwd(), repo.dir)}/content/${path}`);
    expect(at('team/ana-lopez.yaml')).toBe('2026-11-02T12:00:00+00:00');
    expect(at('accounts/acme/plan.mdx')).toBe('2026-11-02T12:00:00+00:00');
    expect(at('accounts/acme/stakeholders.mdx')).toBe('2026-10-01T12:00:00+00:00');
    expect(at('accounts/acme/value/daily-replenishment.mdx')).toBe('2026-09-01T12:00:00+00:00');
    expect(dates.size).toBe(6);
    expect(repositoryRoot(join(repo.dir, 'content'))).toBe(repo.dir);
  });

  it('reads git once per process: later commits show in the next build', () => {
    const before = accountHistory('acme', { dir: join(repo.dir, 'content') });
    edit('accounts/acme/plan.mdx', replace('status: done', 'status: blocked'));
    repo.commit('Blocked after all', '2026-11-10', 'Ana López');
    expect(accountHistory('acme', { dir: join(repo.dir, 'content') })).toEqual(before);
  });

  it('returns "unavailable" with a reason outside a git repository, and does not throw', () => {
    const dir = tempDir('keyplan-nogit-');
    scratch.push(dir);
    mkdirSync(join(dir, 'content'));
    expect(accountHistory('acme', { dir: join(dir, 'content') })).toEqual({
      available: false,
      gap: 'not-a-repository',
      changes: [],
      more: 0,
    });
    expect(repositoryRoot(join(dir, 'content'))).toBeUndefined();
  });

  it('says when nothing is committed yet, and still knows the repository’s top', () => {
    const dir = tempDir('keyplan-empty-');
    scratch.push(dir);
    mkdirSync(join(dir, 'content'));
    execFileSync('git', ['init', '--quiet'], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
    expect(accountHistory('acme', { dir: join(dir, 'content') })).toMatchObject({ available: false, gap: 'no-commits', changes: [] });
    expect(repositoryRoot(join(dir, 'content'))).toBe(dir);
  });
});
