// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { diagrams } from './src/integrations/diagrams.ts';
import { editor } from './src/integrations/editor.ts';
import { keyplan } from './src/integrations/keyplan.ts';
import { links } from './src/integrations/links.ts';
import { mdxBodies } from './src/integrations/mdx-bodies.ts';
import { search } from './src/integrations/search.ts';

export default defineConfig({
  // Tests and benchmarks build several portfolios side by side; each gets its own output and cache.
  outDir: process.env.KEYPLAN_OUT_DIR ?? './dist',
  cacheDir: process.env.KEYPLAN_CACHE_DIR ?? './node_modules/.astro',
  integrations: [keyplan(), mdxBodies(), diagrams(), mdx(), search(), links(), editor()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
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
