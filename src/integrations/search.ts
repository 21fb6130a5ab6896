import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildState } from '../node/build-state.ts';
import { searchRecords } from '../node/search-context.ts';
import { indexSite, startIndex, type StartedIndex } from '../node/search-index.ts';
import { runInBackground } from './background.ts';

/** `import { indexed } from 'virtual:keyplan/search'`: whether this run writes a search index (`astro build`). */
const SEARCH_MODULE = 'virtual:keyplan/search';

/**
 * Indexes the site with Pagefind: the stakeholder records while the pages render, the pages once
 * Astro has written them (see `src/node/search-index.ts` for what is indexed and why in one language).
 * Pages opt in by passing a search record to `Base.astro`, which marks their `<main>` with
 * `data-pagefind-body`. `astro dev` has no index, and the search page says so; it learns which it is
 * from this integration rather than from `import.meta.env.DEV`, which is also true in a build run
 * with `NODE_ENV=test`.
 */
export function search(): AstroIntegration {
  // Pagefind's fragments are kept between builds in Astro's cache folder (`src/node/search-cache.ts`).
  let cacheRoot: string | undefined;
  let cache: string | undefined;
  let started: Promise<StartedIndex> | undefined;
  return {
    name: 'keyplan:search',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'keyplan-search');
        const resolved = `\0${SEARCH_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'keyplan:search',
                resolveId: (id: string) => (id === SEARCH_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export const indexed = ${JSON.stringify(command === 'build')};` : undefined),
              },
            ],
          },
        });
      },
      // The stakeholder records go to Pagefind, in its own process, as soon as the first page has made
      // the site's data: it takes them in while the pages render.
      'astro:build:start': () => {
        started = undefined;
        const state = buildState();
        // One folder per audience, so that builds for two audiences in one checkout both stay warm.
        cache = cacheRoot === undefined ? undefined : join(cacheRoot, state.audience ?? 'internal');
        state.siteReady = (site) => {
          started = startIndex(searchRecords(site));
          // Its failure is reported where the build waits for it, below.
          started.catch(() => undefined);
        };
      },
      // Pagefind adds the pages while the next hooks run; the build waits for it at the end.
      'astro:build:done': ({ dir, logger }) => {
        runInBackground(
          indexSite(fileURLToPath(dir), { ...(cache === undefined ? {} : { cache }), ...(started ? { started } : {}) }).then((figures) => {
            const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
            if (figures.cacheProblem) {
              logger.warn(
                `the search index's kept fragments could not be used or kept (${figures.cacheProblem}); every fragment was written`,
              );
            }
            logger.info(
              // `npm run bench` reads "search index: <pages> pages in <ms> ms" from this line.
              `search index: ${figures.pages} pages in ${figures.ms} ms, with ${figures.records} stakeholder records; index ${kb(figures.bytes)} (${kb(figures.bundleBytes)} with Pagefind's scripts)`,
            );
          }),
        );
      },
    },
  };
}
