import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * One lock per checkout. Astro keeps per-build state in the project's `.astro/` folder whatever the
 * output and cache folders (`.astro/.prerender/`, `.astro/content-modules.mjs`), so two builds of
 * different content trees in one checkout at the same time can render each other's modules. Test
 * files run in parallel: every test build takes this lock.
 */
const LOCK = join(ROOT, '.cache/astro-build.lock');

function holderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else. ENOENT: the holder is writing its pid.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}

/** Runs `build` while holding the checkout's build lock; a lock left by a dead process is taken over. */
export async function withBuildLock<T>(build: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  // Elapsed time from the monotonic clock: a moved or stepped wall clock neither hurries nor stalls the wait.
  const started = performance.now();
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive()) {
        await sleep(200);
        // Checked twice, apart, so a holder that was still writing its pid is not thrown out.
        if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (performance.now() - started > timeoutMs)
        throw new Error(`Waited ${timeoutMs / 1000} s for ${LOCK}; remove it if no build is running.`);
      await sleep(250);
    }
  }
  try {
    return await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
