import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The sites the global setup builds, by name: the content folder each is built from. */
export const SITES = {
  minimal: 'test/fixtures/minimal/content',
  sample: 'content',
} as const;
export type SiteName = keyof typeof SITES;

export const siteDir = (name: string) => resolve(ROOT, `.cache/test-sites/${name}`);

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with the Node running the tests (Node 24), collecting its output. */
export function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Builds the content folder `content` into `.cache/test-sites/<name>`. */
export function buildSite(name: string, content: string, env: Record<string, string> = {}): Promise<RunResult> {
  return run([ASTRO, 'build'], {
    KEYPLAN_CONTENT: content,
    KEYPLAN_OUT_DIR: siteDir(name),
    KEYPLAN_CACHE_DIR: resolve(ROOT, `.cache/test-astro/${name}`),
    ...env,
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Serves a built site with `astro preview` on an ephemeral port; `stop()` ends it. */
export async function serveSite(name: SiteName): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, KEYPLAN_CONTENT: SITES[name], KEYPLAN_OUT_DIR: siteDir(name), KEYPLAN_CACHE_DIR: resolve(ROOT, `.cache/test-astro/${name}`) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro preview did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('exit', (code) => fail(new Error(`astro preview exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
