// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { keyplan } from './src/integrations/keyplan.ts';

export default defineConfig({
  // Tests and benchmarks build several portfolios side by side; each gets its own output and cache.
  outDir: process.env.KEYPLAN_OUT_DIR ?? './dist',
  cacheDir: process.env.KEYPLAN_CACHE_DIR ?? './node_modules/.astro',
  integrations: [keyplan(), mdx()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
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
