import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { withBuildLock } from './build-lock.ts';
import { TEST_TODAY } from './today.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The sites the global setup builds, by name: the content folder each is built from. */
export const SITES = {
  minimal: 'test/fixtures/minimal/content',
  sample: 'content',
  /** Names and titles that try to break or hijack the site (test/browser/hostile.test.ts). */
  hostile: 'test/fixtures/hostile/content',
} as const;
export type SiteName = keyof typeof SITES;

/**
 * Where test builds go: `.cache/`, or `KEYPLAN_TEST_CACHE` so that two test runs in one checkout
 * (several people or agents at once) do not build over each other's sites.
 */
export const TEST_CACHE = resolve(ROOT, process.env['KEYPLAN_TEST_CACHE'] ?? '.cache');
export const siteDir = (name: string) => resolve(TEST_CACHE, `test-sites/${name}`);
/** Astro's cache folder for a test build. */
export const astroCacheDir = (name: string) => resolve(TEST_CACHE, `test-astro/${name}`);

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command with the Node running the tests (Node 24), collecting its output without colour
 * codes (CI terminals may force colour on, and tests match on the text).
 */
export function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) }));
  });
}

/**
 * Builds the content folder `content` into `.cache/test-sites/<name>`, judged on `TEST_TODAY` unless
 * `env` names another `KEYPLAN_TODAY` (the global setup runs outside the tests' environment).
 */
export function buildSite(name: string, content: string, env: Record<string, string> = {}): Promise<RunResult> {
  return withBuildLock(() =>
    run([ASTRO, 'build'], {
      KEYPLAN_TODAY: TEST_TODAY,
      KEYPLAN_CONTENT: content,
      KEYPLAN_OUT_DIR: siteDir(name),
      KEYPLAN_CACHE_DIR: astroCacheDir(name),
      ...env,
    }),
  );
}

/**
 * Serves a built site on an ephemeral port with sirv (Astro allows one `astro preview` per project,
 * and test files run in parallel); `stop()` closes it.
 */
export async function serveSite(name: SiteName | (string & {})): Promise<{ url: string; stop: () => void }> {
  const handler = sirv(siteDir(name), { dev: true, extensions: ['html'] });
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
