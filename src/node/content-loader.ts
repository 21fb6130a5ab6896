import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Doc, Portfolio } from '../lib/model.ts';
import { buildState, refreshBuildState } from './build-state.ts';
import { contentDir } from './paths.ts';

/** The content collections Keyplan fills from its own engine run (`content.config.ts`). */
export type PortfolioCollection = 'plans' | 'stakeholders' | 'values' | 'team';

interface Entry {
  id: string;
  doc: Doc<unknown>;
  /** MDX: the body is rendered by `@astrojs/mdx` from the file itself, when a page asks for it. */
  mdx: boolean;
  /**
   * Whether the entry keeps its body's text (`entry.body`): only the stakeholder map's, its notes,
   * which the account page shows only when there are some. A plan's or value proposition's text would
   * only double what the data store holds, and bundles, and keeps in memory for every page: its body
   * renders from its module.
   */
  text: boolean;
}

/** The documents of one collection, with their ids: an account's id for its plan and map, `<account>/<name>` for a value proposition. */
function entriesOf(collection: PortfolioCollection, portfolio: Portfolio): Entry[] {
  switch (collection) {
    case 'plans':
      return portfolio.accounts.flatMap((account) => (account.plan ? [{ id: account.id, doc: account.plan, mdx: true, text: false }] : []));
    case 'stakeholders':
      return portfolio.accounts.flatMap((account) =>
        account.stakeholders ? [{ id: account.id, doc: account.stakeholders, mdx: true, text: true }] : [],
      );
    case 'values':
      return portfolio.accounts.flatMap((account) =>
        account.values.map((value) => ({ id: `${account.id}/${value.name}`, doc: value, mdx: true, text: false })),
      );
    case 'team':
      return [...portfolio.team].map(([id, doc]) => ({ id, doc, mdx: false, text: false }));
  }
}

/**
 * What Astro's frontmatter reader leaves of an MDX file as its `body` (the text after the closing
 * `---`, trimmed), written out here because the file has already been read and checked by the engine.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const bodyOf = (text: string) => text.replace(FRONTMATTER, '').trim();

/**
 * A content collection filled with the documents the Keyplan engine has already read, parsed and
 * checked for this build (`build-state.ts`): the data each entry holds is the engine's validated
 * output, redacted for the build's audience, so Astro neither reads nor validates the files a second
 * time. MDX bodies still render through `@astrojs/mdx`, from the file itself, when a page asks for them
 * (`deferredRender`), with the audience's frontmatter put in by `integrations/mdx-bodies.ts`.
 *
 * Each entry's digest covers its path, its text and the data stored for it, so a warm build leaves
 * unchanged entries as they are in the data store.
 */
export function portfolioLoader(collection: PortfolioCollection): Loader {
  return {
    name: `keyplan-${collection}`,
    load: async (context) => {
      sync(collection, context);
      // `astro dev`: the engine reads the content again when a content file changes.
      const folder = contentDir();
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(`${folder}${sep}`) && /\.(mdx|ya?ml)$/.test(path)) sync(collection, context, true);
      });
    },
  };
}

function sync(collection: PortfolioCollection, { store, generateDigest, config }: LoaderContext, fresh = false): void {
  const { loaded, portfolio } = fresh ? refreshBuildState() : buildState();
  const root = fileURLToPath(config.root);
  const wanted = new Set<string>();
  for (const { id, doc, mdx, text: keepsText } of entriesOf(collection, portfolio)) {
    wanted.add(id);
    const text = loaded.sources.get(doc.path) ?? '';
    const data = doc.data as Record<string, unknown>;
    const filePath = relative(root, resolve(doc.path)).split(sep).join('/');
    // The path too: Astro's store keeps an entry whose digest is unchanged, old path included, and the
    // body is rendered from that path (a content folder moved, or a fresh temporary one, would break).
    const digest = generateDigest({ filePath, text, data, keepsText });
    const existing = store.get(id);
    if (existing?.digest === digest) {
      // The module list is rebuilt on every run: an unchanged MDX entry is listed again, as Astro's `glob` does.
      if (mdx) store.addModuleImport(filePath);
      continue;
    }
    store.set({ id, data, filePath, digest, ...(keepsText ? { body: bodyOf(text) } : {}), ...(mdx ? { deferredRender: true } : {}) });
  }
  for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
}
