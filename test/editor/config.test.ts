import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CMS_CONFIG_PATH, cmsConfig, cmsConfigFile } from '../../src/lib/editor/config.ts';
import { editableBody } from '../../src/lib/editor/body.ts';
import { ACCOUNT_FIELD, NAME_FIELD } from '../../src/lib/editor/types.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { stances } from '../../src/schemas/stakeholders.ts';
import { ROOT } from '../helpers/site.ts';

type Field = {
  name: string;
  widget: string;
  required?: boolean;
  hint?: string;
  fields?: Field[];
  options?: unknown[];
  [key: string]: unknown;
};
const collection = (name: string) => cmsConfig().collections.find((entry) => entry.name === name) as unknown as { fields: Field[] };
const field = (fields: Field[], path: string): Field => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((entry) => entry.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field(found.fields ?? [], rest.join('.')) : found;
};

/** Every dotted path of an object schema's properties, list items through the list's name. */
function schemaPaths(schema: { properties?: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const node = child as { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } };
    const path = prefix + key;
    return [path, ...schemaPaths(node, `${path}.`), ...schemaPaths(node.items ?? {}, `${path}.`)];
  });
}

function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((entry) => [prefix + entry.name, ...fieldPaths(entry.fields ?? [], `${prefix}${entry.name}.`)]);
}

describe("the editor's configuration", () => {
  it('is the committed file (run `npm run schemas` and commit it when this fails)', () => {
    expect(readFileSync(join(ROOT, CMS_CONFIG_PATH), 'utf8')).toBe(cmsConfigFile());
  });

  it('has a form field for every plan frontmatter field, nested ones included', () => {
    const json = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-07' }) as { properties: Record<string, unknown> };
    const paths = schemaPaths(json);
    expect(paths).toContain('kpis.target');
    expect(paths).toContain('selection.position.costToServe');
    expect(fieldPaths(collection('plans').fields)).toEqual(expect.arrayContaining(paths));
  });

  it('turns enums into selects, scores into 1–5 numbers, dates into YYYY-MM-DD pickers and marks required fields', () => {
    const plans = collection('plans').fields;
    expect(field(collection('stakeholders').fields, 'people.stance')).toMatchObject({
      widget: 'select',
      options: [...stances],
      required: false,
    });
    expect(field(plans, 'selection.attractiveness.growth')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 5 });
    expect(field(plans, 'reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(field(plans, 'account')).toMatchObject({ widget: 'string', required: true, hint: "The client's display name." });
    expect(field(plans, 'kpis')).toMatchObject({ widget: 'list', summary: expect.stringContaining('{{fields.target}}') });
  });

  it('makes owners and sponsors relations to the team, and offerings relations to the settings', () => {
    const plans = collection('plans').fields;
    for (const path of ['owner', 'sponsor', 'team.member', 'actions.owner']) {
      expect(field(plans, path), path).toMatchObject({ widget: 'relation', collection: 'team', value_field: '{{slug}}' });
    }
    expect(field(plans, 'offerings.current')).toMatchObject({
      widget: 'relation',
      collection: 'settings',
      file: 'settings',
      value_field: 'offerings.*.id',
      multiple: true,
    });
    expect(field(collection('values').fields, 'offerings')).toMatchObject({ widget: 'relation', value_field: 'offerings.*.id' });
  });

  it('lets a new plan, stakeholder map or value proposition be created in the account folder chosen in the form', () => {
    const config = cmsConfig();
    const paths = Object.fromEntries(config.collections.map((entry) => [entry.name, entry as { path?: string; create?: boolean }]));
    for (const name of ['plans', 'stakeholders', 'values']) {
      expect(paths[name]?.create, name).toBe(true);
      // Decap lowercases a path template and turns its dots into hyphens before it reads the fields it names.
      expect(paths[name]?.path, name).toMatch(new RegExp(`^\\{\\{${ACCOUNT_FIELD}\\}\\}/`));
      expect(ACCOUNT_FIELD).toBe(ACCOUNT_FIELD.toLowerCase());
      expect(ACCOUNT_FIELD).not.toContain('.');
      expect(field(collection(name).fields, ACCOUNT_FIELD)).toMatchObject({
        widget: 'keyplan-account',
        names: name === 'plans' ? 'new-account' : 'account',
      });
    }
    // A value proposition's file name is an id the form checks too, not one of Decap's slugs.
    expect(paths['values']?.path).toBe(`{{${ACCOUNT_FIELD}}}/value/{{${NAME_FIELD}}}`);
    expect(NAME_FIELD).toBe(NAME_FIELD.toLowerCase());
    expect(field(collection('values').fields, NAME_FIELD)).toMatchObject({ widget: 'keyplan-account', names: 'value' });
    // A new team member's file name, made by Decap from the name, has no accents or capitals.
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('requires what an optional group needs only once the group is filled in, and starts lists empty', () => {
    const plans = collection('plans').fields;
    // `period` is required, and so are its dates; `revenue` is optional, so its target is asked for only in the hint.
    expect(field(plans, 'period.start').required).toBe(true);
    expect(field(plans, 'revenue').required).toBe(false);
    expect(field(plans, 'revenue.target')).toMatchObject({
      required: false,
      hint: expect.stringContaining('Required when Revenue is filled in.'),
    });
    // A list item's own required fields stay required: the item exists only once added.
    expect(field(plans, 'actions.title').required).toBe(true);
    // A new plan starts without actions (the items' defaults would otherwise make one).
    expect(field(plans, 'actions').default).toEqual([]);
  });

  it('edits settings that no form widget represents as YAML text', () => {
    const settings = (cmsConfig().collections.find((entry) => entry.name === 'settings') as unknown as { files: { fields: Field[] }[] })
      .files[0]!.fields;
    expect(field(settings, 'audiences').widget).toBe('keyplan-yaml');
    expect(field(settings, 'completeness.require.active').widget).toBe('keyplan-yaml');
    expect(field(settings, 'portfolio.recommended')).toMatchObject({ widget: 'list', min: 2, max: 2 });
  });
});

describe('which MDX bodies the editor lets people edit', () => {
  it('edits plain Markdown and opens imports, JSX and expressions read-only', () => {
    expect(editableBody('\n## Vision\n\nWe cut costs by 12 %, *fast*.\n')).toBe(true);
    expect(editableBody("import Chart from './chart.astro';\n\nText.\n")).toBe(false);
    expect(editableBody('Text <Chart /> text.\n')).toBe(false);
    expect(editableBody('Target: {frontmatter.revenue.target}\n')).toBe(false);
  });
});
