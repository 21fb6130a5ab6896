import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A plain Astro site over the same MDX files: same Astro and MDX versions, one minimal page per file,
 * no schema, no checks, no diagrams, no search. What Keyplan's build is compared with.
 */
export function writeBaseline(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], vite: { build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } } });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { docs: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, 'accounts'))}, pattern: '**/*.mdx' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('docs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.id}</title></head><body><main><Content /></main></body></html>\n`,
  );
}
