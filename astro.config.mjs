// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { keyplan } from './src/integrations/keyplan.ts';

export default defineConfig({
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
