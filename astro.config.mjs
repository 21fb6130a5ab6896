// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { background } from './src/integrations/background.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { editor } from './src/integrations/editor.ts';
import { keyplan } from './src/integrations/keyplan.ts';
import { links } from './src/integrations/links.ts';
import { mdxBodies } from './src/integrations/mdx-bodies.ts';
import { search } from './src/integrations/search.ts';

export default defineConfig({
  // Tests and benchmarks build several portfolios side by side; each gets its own output and cache.
  outDir: process.env.KEYPLAN_OUT_DIR ?? './dist',
  // The address the site is served at: exports and calendar feeds then carry absolute links.
  ...(process.env.KEYPLAN_SITE_URL ? { site: process.env.KEYPLAN_SITE_URL } : {}),
  cacheDir: process.env.KEYPLAN_CACHE_DIR ?? './node_modules/.astro',
  // `background()` last: it waits for the search index, which Pagefind builds while `links()` checks.
  integrations: [keyplan(), mdxBodies(), diagrams(), mdx(), search(), links(), editor(), background()],
  trailingSlash: 'ignore',
  // A Content Security Policy on every page, as a second wall behind the body allowlist: scripts run
  // only from the site's own files and the inline scripts Astro hashes, so an injected `onerror`
  // or `javascript:` link does nothing. Styles likewise: the site's own stylesheets, the inline
  // styles Astro hashes and the per-page rules components hash themselves (`src/node/csp.ts`); no
  // `style` attribute anywhere. Two pages widen it for what they run: the editor (`/admin/`) and a
  // page whose authors' diagrams Mermaid draws in the reader's browser.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Pages render four at a time: a page waits on its content entry, its modules and its file write,
  // and the others use that time. At 500 accounts the pages came out byte for byte the same and took
  // a median of 11.0 s instead of 13.5 s (three alternated warm builds; 9.7 s two at a time).
  build: { format: 'directory', concurrency: 4 },
  // Prism marks code with classes; Shiki writes inline styles, which a strict `style-src` would block.
  markdown: { syntaxHighlight: 'prism' },
  // Writes .astro/collections/collections.json, the list of content files per collection that the
  // Astro VS Code extension needs to validate plan, stakeholder and value frontmatter as people type.
  experimental: { contentIntellisense: true },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module triggers this harmless notice (an open Astro issue).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
