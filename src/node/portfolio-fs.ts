import { relative, sep } from 'node:path';
import { touchedAccounts } from '../lib/check/compare.ts';
import { runEngine, type EngineResult } from '../lib/check/engine.ts';
import type { MdxParts } from '../lib/content/mdx-parts.ts';
import type { SourceFile } from '../lib/model.ts';
import type { Locale } from '../i18n/index.ts';
import { readContentTree } from './content-fs.ts';
import { contentDir } from './paths.ts';
import { today as todayFromEnv } from './today.ts';

export interface LoadOptions {
  /**
   * Parse the MDX files on two threads when there are enough of them (`parse-pool.ts`); the result is
   * then a promise. `false` runs on this thread and returns the result itself.
   * @default true
   */
  parallel?: boolean;
  /** The day plans are judged against, `YYYY-MM-DD`. @default `KEYPLAN_TODAY`, else the current date */
  today?: string;
  /**
   * The content files of the revision a pull request starts from (`check --since`): the accounts the
   * change touches are then judged as the gate judges them (`completeness.overdue`).
   */
  base?: readonly SourceFile[];
  /** The language of the messages, over `settings.locale` (`--lang`). */
  lang?: Locale;
}

/** The engine's run on the content tree, with the text of every file it read (for the content layer's digests). */
export interface LoadedPortfolio extends EngineResult {
  /** Each file's text as read, by the path the engine names it with. */
  sources: ReadonlyMap<string, string>;
  /** The files as the engine read them, image files and unreadable ones included. */
  files: readonly SourceFile[];
}

/**
 * Reads and checks the content tree (`content/`, or `KEYPLAN_CONTENT`): the one loader behind `npm run
 * check`, `new`, `due`, `codeowners` and the build gate, which hands its result to the rest of the
 * build (`build-state.ts`). Every call reads the files again: commands that write content see their
 * own changes.
 */
export function loadPortfolio(options: LoadOptions & { parallel: false }): LoadedPortfolio;
export function loadPortfolio(options?: LoadOptions): Promise<LoadedPortfolio>;
export function loadPortfolio(options: LoadOptions = {}): LoadedPortfolio | Promise<LoadedPortfolio> {
  const files = readContentTree(contentDir());
  const root = contentRoot();
  const today = options.today ?? todayFromEnv();
  const touched = options.base ? touchedAccounts(options.base, files, root) : undefined;
  const run = (parts?: ReadonlyMap<string, MdxParts>): LoadedPortfolio => ({
    ...runEngine(files, {
      root,
      today,
      ...(parts ? { parts } : {}),
      ...(touched ? { touched } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    }),
    sources: new Map(files.map((file) => [file.path, file.text])),
    files,
  });
  if (options.parallel === false) return run();
  // Loaded only here: page bundles, which read the content on one thread, never carry the worker.
  return import('./parse-pool.ts').then(({ parseMdxInParallel }) => parseMdxInParallel(files)).then(run);
}

/** The content folder as file paths spell it: relative to the working directory, as `readContentTree` makes them. */
export function contentRoot(): string {
  return relative(process.cwd(), contentDir()).split(sep).join('/');
}
