import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan.ts';
import { stakeholdersSchema } from './schemas/stakeholders.ts';
import { teamMemberSchema } from './schemas/team.ts';
import { valueSchema } from './schemas/value.ts';
import { clientBodiesLoader } from './node/client-bodies.ts';
import { contentDir } from './node/paths.ts';

// The collections render MDX bodies. Frontmatter has already been validated, with positions, by the
// Keyplan engine that runs before the build (src/integrations/keyplan.ts); the same schemas apply here.
const accounts = `${contentDir()}/accounts`;

export const collections = {
  plans: defineCollection({
    loader: glob({ base: accounts, pattern: '*/plan.mdx', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: planSchema,
  }),
  stakeholders: defineCollection({
    loader: glob({ base: accounts, pattern: '*/stakeholders.mdx', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: stakeholdersSchema,
  }),
  values: defineCollection({
    loader: glob({
      base: accounts,
      pattern: '*/value/*.mdx',
      generateId: ({ entry }) => entry.replace(/\/value\//, '/').replace(/\.mdx$/, ''),
    }),
    schema: valueSchema,
  }),
  /** The client view's plain-Markdown bodies, cut and rendered (see src/node/client-bodies.ts). */
  clientBodies: defineCollection({ loader: clientBodiesLoader() }),
  team: defineCollection({
    loader: glob({ base: `${contentDir()}/team`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: teamMemberSchema,
  }),
};
