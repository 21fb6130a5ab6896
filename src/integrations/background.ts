import type { AstroIntegration } from 'astro';
import { isKeyplanError, stopBuild } from './errors.ts';

/**
 * Work that an `astro:build:done` hook starts in another process and the build waits for at its
 * very end: the search index, which Pagefind builds while the later hooks (the link check, the
 * editor's files) use this one. Astro runs the hooks one after another, so without this the main
 * thread would sit idle for the whole indexing.
 *
 * `background()` is the last integration: its hook waits for the work and fails the build with the
 * first error, as the hook that started it would have.
 */
const running: Promise<unknown>[] = [];

export function runInBackground(work: Promise<unknown>): void {
  // Handled here so that a failure while a later hook runs is not reported as unhandled; the
  // error itself surfaces when `background()` waits.
  work.catch(() => undefined);
  running.push(work);
}

/** Runs `check` once the work started so far has finished: a check of files that work writes. */
export function afterBackground(check: () => void): void {
  runInBackground(Promise.all([...running]).then(check));
}

export function background(): AstroIntegration {
  return {
    name: 'keyplan:background',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        try {
          await Promise.all(running.splice(0));
        } catch (error) {
          // A check's own failure (a link the search bundle lacks) stops the build as it would have.
          if (isKeyplanError(error)) stopBuild(logger, error);
          throw error;
        }
      },
    },
  };
}
