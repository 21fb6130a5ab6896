import { z } from 'zod';
import { planSchema } from '../../schemas/plan.ts';
import { settingsSchema } from '../../schemas/settings.ts';
import { stakeholdersSchema } from '../../schemas/stakeholders.ts';
import { teamMemberSchema } from '../../schemas/team.ts';
import { valueSchema } from '../../schemas/value.ts';
import { fieldsOf, type CmsField, type FieldOptions, type JsonSchema } from './fields.ts';
import { BODY_FIELD } from './format.ts';
import { ACCOUNT_FIELD, entryFile, NAME_FIELD, TYPE_FIELD } from './types.ts';

/** Fields that name a team member or an offering, by schema: relations, so the form offers only real ids. */
const planReferences: FieldOptions['references'] = {
  owner: 'team',
  sponsor: 'team',
  'team.member': 'team',
  'actions.owner': 'team',
  'offerings.current': 'offering',
  'offerings.potential': 'offering',
};
const stakeholderReferences: FieldOptions['references'] = { 'people.owner': 'team' };
const valueReferences: FieldOptions['references'] = { offerings: 'offering' };

/** One line per item of each list, so a collapsed list still reads as the plan does. */
const summaries: FieldOptions['summaries'] = {
  team: '{{fields.member}} · {{fields.role}}',
  kpis: '{{fields.name}}: {{fields.baseline}} → {{fields.target}} {{fields.unit}}',
  actions: '{{fields.title}} · {{fields.due}} · {{fields.status}}',
  people: '{{fields.name}} · {{fields.buyingRole}} · {{fields.stance}}',
  arguments: '{{fields.kind}}: {{fields.claim}}',
  offerings: '{{fields.name}}',
};

function fields(schema: z.ZodType, references: FieldOptions['references'] = {}): CmsField[] {
  return fieldsOf(z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }) as JsonSchema, { references, summaries });
}

/** The body of an MDX file: Decap's Markdown editor, or read-only text where the body is more than Markdown. */
const body = {
  name: BODY_FIELD,
  label: 'Body',
  widget: 'keyplan-body',
  required: false,
  hint: 'Plain Markdown. A body with imports, JSX or `{expressions}` is shown read-only: change it in git.',
};

/**
 * The account folder of a new entry: a new folder for a plan (a new account), an account that exists
 * for its stakeholder map or value propositions. Shown read-only on an entry that exists.
 */
function accountField(type: 'plan' | 'stakeholders' | 'value') {
  return {
    name: ACCOUNT_FIELD,
    label: 'Account folder',
    widget: 'keyplan-account',
    required: false,
    names: type === 'plan' ? 'new-account' : 'account',
    ...(type === 'stakeholders' ? { unique: true } : {}),
    hint:
      type === 'plan'
        ? 'The account’s id, and the name of its folder under content/accounts: lowercase letters without accents, digits and hyphens. It follows the account’s name until you change it, and cannot be changed after saving.'
        : 'The account this file belongs to. It cannot be changed after saving.',
  };
}

/** A new value proposition's file name (see `NAME_FIELD`), after its title; read-only once saved. */
const nameField = {
  name: NAME_FIELD,
  label: 'File name',
  widget: 'keyplan-account',
  required: false,
  names: 'value',
  hint: 'The value proposition’s id, and its file name under value/: lowercase letters without accents, digits and hyphens. It follows the title until you change it, and cannot be changed after saving.',
};

/**
 * An MDX collection among the account folders, told apart by its frontmatter (see `types.ts`). New
 * entries go into the account folder chosen in the form, so the path is built from that field.
 */
function accountCollection(
  name: string,
  label: string,
  singular: string,
  type: 'plan' | 'stakeholders' | 'value',
  schema: z.ZodType,
  references: FieldOptions['references'],
  summary: string,
) {
  return {
    name,
    label,
    label_singular: singular,
    folder: 'content/accounts',
    path: entryFile(type, `{{${ACCOUNT_FIELD}}}`, `{{${NAME_FIELD}}}`),
    extension: 'mdx',
    format: 'keyplan-mdx',
    filter: { field: TYPE_FIELD, value: type },
    create: true,
    delete: false,
    summary,
    fields: [
      accountField(type),
      ...(type === 'value' ? [nameField] : []),
      ...fields(schema, references),
      body,
      // New entries carry their kind from the start, so the collection's filter keeps them.
      { name: TYPE_FIELD, label: 'Kind', widget: 'hidden', required: false, default: type },
    ],
  };
}

/**
 * The Decap CMS configuration, without `backend` (which the page adds from the site's settings): one
 * collection per kind of content file, every field generated from the Zod schemas.
 */
export function cmsConfig() {
  return {
    publish_mode: 'editorial_workflow',
    // A new team member's file name, made from the name: `Núñez` → `nunez`, not `núñez`. (An account
    // folder and a value proposition's file name are ids the form checks: see `NAME_FIELD`.)
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    show_preview_links: false,
    collections: [
      {
        ...accountCollection('plans', 'Plans', 'Plan', 'plan', planSchema, planReferences, '{{account}} · {{status}}'),
        identifier_field: 'account',
      },
      // A map has no title field; the hidden type tag stands in as its identifier, and the summary names the account folder.
      {
        ...accountCollection(
          'stakeholders',
          'Stakeholder maps',
          'Stakeholder map',
          'stakeholders',
          stakeholdersSchema,
          stakeholderReferences,
          '{{dirname}}',
        ),
        identifier_field: TYPE_FIELD,
      },
      {
        ...accountCollection(
          'values',
          'Value propositions',
          'Value proposition',
          'value',
          valueSchema,
          valueReferences,
          '{{title}} · {{status}}',
        ),
        identifier_field: 'title',
      },
      {
        name: 'team',
        label: 'Team',
        label_singular: 'Team member',
        folder: 'content/team',
        extension: 'yaml',
        format: 'keyplan-yaml',
        create: true,
        identifier_field: 'name',
        slug: '{{slug}}',
        summary: '{{name}} · {{role}}',
        fields: fields(teamMemberSchema),
      },
      {
        name: 'settings',
        label: 'Settings',
        files: [
          { name: 'settings', label: 'Settings', file: 'content/settings.yaml', format: 'keyplan-yaml', fields: fields(settingsSchema) },
        ],
      },
    ],
  };
}

/** Where `npm run schemas` writes the configuration, which the editor page imports. */
export const CMS_CONFIG_PATH = 'src/editor/cms-config.json';

/** The text of the configuration file; a test fails when the committed file differs. */
export function cmsConfigFile(): string {
  return `${JSON.stringify(cmsConfig(), null, 2)}\n`;
}
