import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { AstroError } from 'astro/errors';
import { uiStrings } from '../i18n/index.ts';
import { findBrokenLinks, type BrokenLink } from '../lib/check/links.ts';
import { buildState } from '../node/build-state.ts';
import { SEARCH_FOLDER } from '../node/search-index.ts';
import { afterBackground } from './background.ts';
import { keyplanError, stopBuild } from './errors.ts';

/**
 * Fails the build when a page links to a page or file of the site that does not exist (a mistyped
 * link in an MDX body, a route that was renamed), naming the page and the link. It scans the written
 * HTML, so it sees every link whatever produced it: templates, MDX bodies, diagrams.
 *
 * Links into the search bundle are checked once Pagefind, which writes it while this check runs, is
 * done (`background.ts`).
 */
export function links(): AstroIntegration {
  let base = '/';
  return {
    name: 'keyplan:links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const later = new Set<string>();
        const { broken, pages } = check(out, base, (path) => {
          if (!path.startsWith(`${SEARCH_FOLDER}/`)) return false;
          later.add(path);
          return true;
        });
        if (broken.length > 0) stopBuild(logger, linkError(broken));
        logger.info(`internal links: ${pages} pages checked, none broken`);
        if (later.size === 0) return;
        afterBackground(() => {
          if ([...later].every((path) => isFile(join(out, path)))) return;
          throw linkError(check(out, base, () => false).broken);
        });
      },
    },
  };
}

/**
 * Broken links of the site in `out`; `assume` says which missing targets are written later. Pages are
 * read one at a time: the whole site at once would be the build's peak memory.
 */
function check(out: string, base: string, assume: (path: string) => boolean): { broken: BrokenLink[]; pages: number } {
  const files = htmlFiles(out);
  const pages = (function* () {
    for (const path of files) yield { path: relative(out, path).split(sep).join('/'), html: readFileSync(path, 'utf8') };
  })();
  // Most links point to the same few pages (the navigation, the team, the dashboards): each file is looked up once.
  const known = new Map<string, boolean>();
  const exists = (path: string) => {
    let found = known.get(path);
    if (found === undefined) known.set(path, (found = isFile(join(out, path)) || assume(path)));
    return found;
  };
  return { broken: findBrokenLinks(pages, exists, base), pages: files.length };
}

function linkError(broken: readonly BrokenLink[]): AstroError {
  // The content was checked when the build started: its result, and language, are at hand.
  const { locale } = buildState().loaded;
  const t = uiStrings(locale).checks;
  const lines = broken.map(({ page, href }) => t.run.brokenLink(page, href));
  return keyplanError(`${t.run.brokenLinks(broken.length)}:\n${lines.join('\n')}`, t.run.fixLinks, locale);
}

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
