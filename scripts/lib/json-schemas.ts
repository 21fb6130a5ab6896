import { z } from 'zod';
import { planSchema } from '../../src/schemas/plan.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { stakeholdersSchema } from '../../src/schemas/stakeholders.ts';
import { teamMemberSchema } from '../../src/schemas/team.ts';
import { valueSchema } from '../../src/schemas/value.ts';

/** The content schemas published for editors, by the file name they get in `schemas/`. */
const publishedSchemas = {
  'plan.schema.json': { schema: planSchema, title: 'Keyplan plan (plan.mdx frontmatter)' },
  'stakeholders.schema.json': { schema: stakeholdersSchema, title: 'Keyplan stakeholder map (stakeholders.mdx frontmatter)' },
  'value.schema.json': { schema: valueSchema, title: 'Keyplan value proposition (value/<name>.mdx frontmatter)' },
  'team.schema.json': { schema: teamMemberSchema, title: 'Keyplan team member (content/team/<id>.yaml)' },
  'settings.schema.json': { schema: settingsSchema, title: 'Keyplan settings (content/settings.yaml)' },
} as const;

/**
 * The text of every JSON Schema file, from the Zod schemas: what people may write (`io: 'input'`,
 * so defaulted fields are optional), with the field descriptions editors show on hover.
 *
 * Draft-07 rather than Zod's default 2020-12: the YAML extension for VS Code validates with draft-07
 * and misreads 2020-12 tuples (`prefixItems` with `items: false`, as in `portfolio.limits`).
 */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(publishedSchemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-07' });
    // Title and description first, where people reading the file look.
    files.set(name, `${JSON.stringify({ $schema: json.$schema, title, description: json.description, ...json }, null, 2)}\n`);
  }
  return files;
}
