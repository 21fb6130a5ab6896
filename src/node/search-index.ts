import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { RECORDS_FILE, type SearchRecordsFile } from '../lib/search/records.ts';
import { cacheKey, forgetCache, removeTakenSeeds, searchInputs, seedFragments, updateCache, type SearchInputs } from './search-cache.ts';

/**
 * Builds the site's one Pagefind index with Pagefind's Node API. Shared by the build integration
 * (`src/integrations/search.ts`) and the benchmark, so that both measure the same work.
 *
 * Language: the whole index is stemmed in one language, `settings.locale` (`forceLanguage`), although
 * plans may be written in English or Spanish. Pagefind otherwise splits the index by `<html lang>` and
 * the browser searches only the index of the page it runs on, so a search from an English page would
 * never find a Spanish plan. Merging the other language's index in the browser (`mergeIndex`) does not
 * fix this properly: the merged index is queried with the first index's stemmer, its scores are not
 * comparable with the first index's (so ranking interleaves badly), and a sort applies to each index
 * separately. With one index every query reaches every page, ranking and sorting are global, accents
 * are folded as before ("Nunez" finds "Núñez"), and pages in the site's language get exact stemming;
 * pages in the other language rely on Pagefind's prefix matching, which finds most inflections.
 */

/** Never indexed: site chrome, diagrams (their SVG text repeats the tables beside them) and labels repeated on every page. */
const EXCLUDED_FROM_SEARCH = [
  'svg',
  'figure',
  '.kp-diagram',
  'thead',
  'caption',
  'dt',
  '.card h3',
  '.visually-hidden',
  '.no-print',
  '.toc',
] as const;

/**
 * The pages that opt in to the index (`search` on `Base.astro`): the account, value proposition and
 * team member pages. Pagefind reads only these rather than every page of the site, which skips
 * parsing the client views and dashboards only to find no `data-pagefind-body` in them.
 * `test/build/site.test.ts` checks that every page that opts in matches one of them.
 */
export const SEARCHABLE_PAGES = ['accounts/*/index.html', 'accounts/*/value/*/index.html', 'team/*/index.html'] as const;

/** The folder of the site that holds the Pagefind bundle. */
export const SEARCH_FOLDER = 'pagefind';

export interface IndexOptions {
  /** Where the Pagefind bundle is written. @default `<site>/pagefind` */
  outputPath?: string;
  /**
   * The one language of the index, for an index `indexSite` starts itself (a `started` one has its own).
   * @default the `language` of `search/records.json`, else Pagefind's per-page detection
   */
  language?: string;
  /** A folder that keeps the fragments between builds (`search-cache.ts`). @default none: every fragment is written */
  cache?: string;
}

export interface IndexFigures {
  /** HTML pages indexed (those with `data-pagefind-body`). */
  pages: number;
  /** Custom records indexed (stakeholders). */
  records: number;
  /** Wall time from `indexSite` called to the bundle written, in milliseconds: records added before do not count. */
  ms: number;
  /** Size of the index itself (entry, metadata, word index, filters, fragments), in bytes. */
  bytes: number;
  /** Size of the whole bundle, with Pagefind's JavaScript, CSS and WebAssembly, in bytes. */
  bundleBytes: number;
  /** Why the kept fragments could not be used or kept this time (every fragment was then written). */
  cacheProblem?: string;
}

/** Fails with Pagefind's own messages when a call reports errors. */
function ensure<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
  return response;
}

/** Custom records written by the site build, if this build wrote any. */
function readRecords(site: string): SearchRecordsFile | undefined {
  const path = join(site, RECORDS_FILE);
  if (!existsSync(path)) return undefined;
  const file = JSON.parse(readFileSync(path, 'utf8')) as SearchRecordsFile;
  if (typeof file.language !== 'string' || !Array.isArray(file.records)) {
    throw new Error(`${path} is not a Keyplan search-records file: expected \`language\` and \`records\`. Rebuild the site.`);
  }
  return file;
}

/** An index Pagefind has begun: created, with the custom records in it. */
export interface StartedIndex {
  index: pagefind.PagefindIndex;
  /** What the index was created with (its cache key depends on them). */
  indexOptions: pagefind.PagefindServiceConfig;
  records: pagefind.CustomRecord[];
}

/**
 * Creates the index and adds the custom records (the stakeholders), which come first in it. A build
 * starts this while its pages render (`integrations/search.ts`), so that Pagefind, in its own process,
 * takes the records in on the other core; `indexSite` then adds the pages.
 */
export async function startIndex(
  file: SearchRecordsFile | undefined,
  language: string | undefined = file?.language,
): Promise<StartedIndex> {
  const indexOptions = { excludeSelectors: [...EXCLUDED_FROM_SEARCH], ...(language ? { forceLanguage: language } : {}) };
  const { index } = ensure(await pagefind.createIndex(indexOptions), 'start');
  if (!index) throw new Error('Pagefind did not create an index.');
  const records = (file?.records ?? []).map(({ url, content, meta, filters, sort }) => ({
    url,
    content,
    language: language ?? 'unknown',
    meta,
    sort,
    filters: filters as Record<string, string[]>,
  }));
  // One message each to Pagefind's process; sent together, they are handled in one go.
  await Promise.all(records.map(async (record) => ensure(await index.addCustomRecord(record), `index the record for ${record.url}`)));
  return { index, indexOptions, records };
}

/**
 * Indexes the built site in `site` (a folder of HTML files) and writes the Pagefind bundle: into the
 * index `started` with the records, or a new one with the records of `search/records.json`.
 */
export async function indexSite(site: string, options: IndexOptions & { started?: Promise<StartedIndex> } = {}): Promise<IndexFigures> {
  const outputPath = options.outputPath ?? join(site, SEARCH_FOLDER);
  const started = performance.now();
  let recordCount = 0;
  let cacheProblem: string | undefined;
  try {
    const { index, indexOptions, records } = await (options.started ?? startIndex(readRecords(site), options.language));
    recordCount = records.length;
    const reading = index.addDirectory({ path: site, glob: `{${SEARCHABLE_PAGES.join(',')}}` });
    // Awaited below; should anything fail before, its rejection (Pagefind closed) must not end the process.
    reading.catch(() => undefined);
    // While Pagefind reads the pages in its process, this one reads them for the cache and puts the
    // fragments of unchanged pages in place. A bundle left by an earlier run would keep its stale
    // fragments and inflate the size: it goes first.
    rmSync(outputPath, { recursive: true, force: true });
    // Kept fragments are only known to match with one forced language (`search-cache.ts`).
    const folder = indexOptions.forceLanguage ? options.cache : undefined;
    let cache: { folder: string; key: string; inputs: SearchInputs; seeded: Map<string, string> } | undefined;
    if (folder !== undefined) {
      try {
        const key = cacheKey(indexOptions);
        const inputs = searchInputs(site, SEARCHABLE_PAGES, records);
        cache = { folder, key, inputs, seeded: seedFragments(folder, key, inputs, outputPath) };
      } catch (error) {
        cacheProblem = (error as Error).message;
        forgetCache(folder);
        rmSync(outputPath, { recursive: true, force: true });
      }
    }
    ensure(await reading, `index the HTML pages in ${site}`);
    const write = async () => ensure(await index.writeFiles({ outputPath }), `write the index to ${outputPath}`);
    await write();
    if (cache) {
      try {
        if (removeTakenSeeds(outputPath, cache.seeded)) await write();
      } catch (error) {
        // Some taken name may be left with another page's text: the whole bundle is written afresh.
        cacheProblem = (error as Error).message;
        forgetCache(cache.folder);
        rmSync(outputPath, { recursive: true, force: true });
        await write();
        cache = undefined;
      }
    }
    if (cache) {
      try {
        updateCache(cache.folder, cache.key, cache.inputs, outputPath, cache.seeded);
      } catch (error) {
        cacheProblem = (error as Error).message;
        forgetCache(cache.folder);
      }
    }
  } finally {
    await pagefind.close();
  }
  const ms = Math.round(performance.now() - started);
  // `addDirectory` counts every HTML file it read; the entry file counts what was indexed.
  const pages = indexedCount(outputPath) - recordCount;
  const bundleBytes = folderBytes(outputPath);
  const toolBytes = folderBytes(outputPath, (name) => /^pagefind[-.].*\.(js|css)$|^wasm\..*\.pagefind$/.test(name));
  return { pages, records: recordCount, ms, bytes: bundleBytes - toolBytes, bundleBytes, ...(cacheProblem ? { cacheProblem } : {}) };
}

function indexedCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function folderBytes(folder: string, include: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(path, include);
    else if (include(entry.name)) total += statSync(path).size;
  }
  return total;
}
