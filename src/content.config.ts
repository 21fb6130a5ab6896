import { defineCollection } from 'astro:content';
import { planSchema } from './schemas/plan.ts';
import { stakeholdersSchema } from './schemas/stakeholders.ts';
import { teamMemberSchema } from './schemas/team.ts';
import { valueSchema } from './schemas/value.ts';
import { clientBodiesLoader } from './node/client-bodies.ts';
import { portfolioLoader } from './node/content-loader.ts';

// The collections hold what the Keyplan engine has already read and validated, with positions, before
// the build (src/integrations/keyplan.ts): their loaders store the engine's data and never ask Astro to
// parse or validate a file again. The schemas give the entries their types and the editor its JSON
// Schemas (`experimental.contentIntellisense`); MDX bodies render through @astrojs/mdx.
export const collections = {
  plans: defineCollection({ loader: portfolioLoader('plans'), schema: planSchema }),
  stakeholders: defineCollection({ loader: portfolioLoader('stakeholders'), schema: stakeholdersSchema }),
  values: defineCollection({ loader: portfolioLoader('values'), schema: valueSchema }),
  /** The client view's plain-Markdown bodies, cut and rendered (see src/node/client-bodies.ts). */
  clientBodies: defineCollection({ loader: clientBodiesLoader() }),
  team: defineCollection({ loader: portfolioLoader('team'), schema: teamMemberSchema }),
};
