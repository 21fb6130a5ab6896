import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { uiStrings } from '../i18n/index.ts';
import { findBrokenLinks } from '../lib/check/links.ts';
import { buildState } from '../node/build-state.ts';
import { keyplanError } from './errors.ts';

/**
 * Fails the build when a page links to a page or file of the site that does not exist (a mistyped
 * link in an MDX body, a route that was renamed), naming the page and the link. It scans the written
 * HTML, so it sees every link whatever produced it: templates, MDX bodies, diagrams.
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
        const pages = htmlFiles(out).map((path) => ({ path: relative(out, path).split(sep).join('/'), html: readFileSync(path, 'utf8') }));
        const broken = findBrokenLinks(pages, (path) => isFile(join(out, path)), base);
        if (broken.length === 0) {
          logger.info(`internal links: ${pages.length} pages checked, none broken`);
          return;
        }
        // The content was checked when the build started: its result, and language, are at hand.
        const t = uiStrings(buildState().loaded.locale).checks;
        const lines = broken.map(({ page, href }) => t.run.brokenLink(page, href));
        throw keyplanError(`${t.run.brokenLinks(broken.length)}:\n${lines.join('\n')}`, t.run.fixLinks);
      },
    },
  };
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
