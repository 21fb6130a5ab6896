import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../helpers/build-lock.ts';
import { astroCacheDir, ROOT, run, TEST_CACHE } from '../helpers/site.ts';

/**
 * `npm run build` (scripts/build.ts) builds into a staging folder and moves it into place only on
 * success. The failing build here fails late, in `astro:build:done`, after every page was written
 * (a broken internal link), which is when a plain `astro build` leaves a half-finished folder behind.
 */
const work = join(TEST_CACHE, 'atomic-build');
const out = join(work, 'site');
const brokenContent = join(work, 'broken-link/content');
const okContent = join(work, 'ok/content');

const build = (content: string) =>
  withBuildLock(() =>
    run([join(ROOT, 'scripts/build.ts')], { KEYPLAN_CONTENT: content, KEYPLAN_OUT_DIR: out, KEYPLAN_CACHE_DIR: astroCacheDir('atomic') }),
  );
const leftovers = () => readdirSync(work).filter((name) => name.includes('.building-'));

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>the site as deployed</p>');
  for (const dir of [brokenContent, okContent]) {
    cpSync(join(ROOT, 'test/fixtures/minimal/content'), dir, { recursive: true });
    appendFileSync(join(dir, 'settings.yaml'), 'portfolio:\n  recommended: [1, 10]\n  limits: [1, 50]\n');
  }
  appendFileSync(join(brokenContent, 'accounts/acme/plan.mdx'), '\nSee also [the old plan](/accounts/acme-2025/).\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('fails on a broken internal link, naming the page and the link, and leaves the previous site untouched', async () => {
    const result = await build(brokenContent);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('accounts/acme/index.html  links to `/accounts/acme-2025/`, which is no page or file of the site.');
    expect(result.stderr).toContain('the build failed');
    expect(result.stdout + result.stderr).not.toContain('unhandled error');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>the site as deployed</p>');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(leftovers()).toEqual([]);
  });

  it('replaces the site in one move when the build succeeds', async () => {
    const result = await build(okContent);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Fixture Logistics');
    expect(existsSync(join(out, 'accounts/acme/client/index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
