/**
 * Decap CMS fields from the JSON Schemas of the content (themselves generated from the Zod schemas),
 * so the editor's forms cannot drift from what the checker accepts: every field, its description as
 * the hint, enums as selects, limits as the widget's limits, optional fields marked optional.
 */

import { SLUG } from '../../schemas/common.ts';

/** The part of a draft-07 JSON Schema that the content schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** What a field refers to: the team (a folder collection) or the offerings listed in `settings.yaml`. */
type Reference = 'team' | 'offering';

export interface FieldOptions {
  /** Dotted paths (list items addressed through the list's name, as `people.owner`) of references. */
  references: Record<string, Reference>;
  /** The summary line of each list of objects, by dotted path, in Decap's `{{fields.x}}` templates. */
  summaries: Record<string, string>;
}

/** Messages for the patterns the schemas use, shown by the form before it lets anyone save. */
const PATTERN_MESSAGES: Record<string, string> = {
  [SLUG.source]: 'Use a lowercase id: letters, digits and hyphens, such as `laura-gomez`.',
  '^[A-Z]{3}$': 'Use a three-letter ISO 4217 currency code in capitals, such as EUR.',
};

/** `nextReview` → "Next review", `clientAgreed` → "Client agreed". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const REFERENCES: Record<Reference, Record<string, unknown>> = {
  team: { widget: 'relation', collection: 'team', value_field: '{{slug}}', search_fields: ['name', '{{slug}}'], display_fields: ['name'] },
  offering: {
    widget: 'relation',
    collection: 'settings',
    file: 'settings',
    value_field: 'offerings.*.id',
    search_fields: ['offerings.*.name', 'offerings.*.id'],
    display_fields: ['offerings.*.name'],
  },
};

/**
 * The form fields of an object schema's properties. Inside an optional object (`optional`, its
 * label), the form requires nothing: Decap would otherwise refuse to save an entry that leaves the
 * whole object out. What such an object needs once begun is said in the hint, and the live check
 * beside the form reports it.
 */
export function fieldsOf(schema: JsonSchema, options: FieldOptions, path: string[] = [], optional?: string): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), options, [...path, name], optional),
  );
}

function fieldFor(name: string, schema: JsonSchema, required: boolean, options: FieldOptions, path: string[], optional?: string): CmsField {
  const hint = [schema.description, required && optional ? `Required when ${optional} is filled in.` : undefined].filter(Boolean).join(' ');
  const base = {
    name,
    label: labelFor(name),
    required: required && !optional,
    ...(hint ? { hint } : {}),
  };
  return { ...base, ...widgetFor(schema, options, path, required && !optional) } as CmsField;
}

function widgetFor(
  schema: JsonSchema,
  options: FieldOptions,
  path: string[],
  required: boolean,
): Record<string, unknown> & { widget: string } {
  const dotted = path.join('.');
  const reference = options.references[dotted];
  const items = Array.isArray(schema.items) ? undefined : schema.items;
  if (reference) return { ...REFERENCES[reference], ...(schema.type === 'array' ? { multiple: true } : {}) } as { widget: string };
  if (schema.enum) return { widget: 'select', options: schema.enum };
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') {
        // A date picker that writes the `YYYY-MM-DD` text the schemas accept, in no time zone.
        return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
      }
      return schema.pattern && PATTERN_MESSAGES[schema.pattern]
        ? { widget: 'string', pattern: [schema.pattern, PATTERN_MESSAGES[schema.pattern]] }
        : { widget: 'string' };
    case 'integer':
    case 'number':
      return { widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', ...limits(schema) };
    case 'boolean':
      return { widget: 'boolean', ...(typeof schema.default === 'boolean' ? { default: schema.default } : {}) };
    case 'object':
      if (schema.properties && schema.additionalProperties === false)
        return {
          widget: 'object',
          collapsed: false,
          fields: fieldsOf(schema, options, path, required ? undefined : labelFor(path.at(-1) ?? '')),
        };
      break;
    case 'array':
      if (items?.type === 'object' && items.properties) {
        const fields = fieldsOf(items, options, path);
        const summary = options.summaries[dotted] ?? `{{fields.${fields[0]?.name ?? 'name'}}}`;
        // Empty by default: otherwise a new entry starts with one item holding the items' defaults.
        return { widget: 'list', summary, collapsed: true, default: [], fields };
      }
      if (items?.enum) return { widget: 'select', multiple: true, options: items.enum };
      if (items?.type === 'string') return { widget: 'list' };
      if (Array.isArray(schema.items) && schema.items.every((item) => item.type === 'integer' || item.type === 'number')) {
        // A fixed-length tuple of numbers, such as `[15, 35]`.
        return {
          widget: 'list',
          field: { name: 'value', label: 'Value', widget: 'number', value_type: 'int' },
          min: schema.minItems,
          max: schema.maxItems,
        };
      }
      break;
  }
  // Maps with free keys and either-or values have no form widget: they are edited as YAML text.
  return { widget: 'keyplan-yaml' };
}

function limits(schema: JsonSchema): Record<string, number> {
  const result: Record<string, number> = {};
  if (schema.minimum !== undefined) result['min'] = schema.minimum;
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) result['max'] = schema.maximum;
  return result;
}
