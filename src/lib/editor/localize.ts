import { uiStrings, type Locale, type UiStrings } from '../../i18n/index.ts';
import { editorFormsEs } from '../../i18n/editor-forms-es.ts';

/** The parts of a Decap configuration that carry words: collections, files and fields. */
interface Field {
  name: string;
  label?: string;
  hint?: string;
  options?: unknown[];
  fields?: Field[];
  field?: Field;
}
interface Collection {
  name: string;
  label?: string;
  label_singular?: string;
  fields?: Field[];
  files?: { name: string; label?: string; fields?: Field[] }[];
}

/** The selects whose values the site has words for, by collection and dotted field path. */
const OPTION_WORDS: Record<string, keyof UiStrings['labels']> = {
  'plans:status': 'planStatus',
  'plans:relationship.stage': 'stage',
  'plans:actions.status': 'actionStatus',
  'stakeholders:people.buyingRole': 'buyingRole',
  'stakeholders:people.stance': 'stance',
  'stakeholders:people.influence': 'influence',
  'stakeholders:people.relationship': 'relationship',
  'stakeholders:people.cadence': 'cadence',
  'values:status': 'valueStatus',
  'values:arguments.kind': 'argumentKind',
  'team:role': 'teamRole',
};

/** The sentence `fieldsOf` adds to a subfield of an optional group, naming the group's label. */
const REQUIRED_WHEN = / Required when .+ is filled in\.$/;

/**
 * The editor's configuration in the site's language. It is generated in English (`config.ts`); a
 * Spanish site gets its collection names, field labels and hints from `editorFormsEs`, and keeps the
 * English of any it lacks (a test lists those). A select shows the site's word for each value beside
 * the value the file holds ("Decisor (decision-maker)"), which is what it still writes.
 */
export function localizedConfig<T extends { collections: readonly object[] }>(config: T, locale: Locale): T {
  if (locale === 'en') return config;
  const words = editorFormsEs;
  const labels = uiStrings(locale).labels;
  const options = (item: Field, path: string) => {
    const known = OPTION_WORDS[path] ? (labels[OPTION_WORDS[path]] as Readonly<Record<string, string>>) : undefined;
    if (!known || !item.options) return {};
    return {
      options: item.options.map((value) =>
        typeof value === 'string' && known[value] ? { label: `${known[value]} (${value})`, value } : value,
      ),
    };
  };
  const field = (item: Field, path: string, group?: Field): Field => {
    const here = `${path}${item.name}`;
    const base = item.hint?.replace(REQUIRED_WHEN, '');
    const hint =
      base === undefined
        ? undefined
        : [
            words.hints[base] ?? base,
            base !== item.hint && group ? words.requiredWhen(words.labels[group.name] ?? group.label ?? group.name) : '',
          ]
            .filter(Boolean)
            .join(' ');
    return {
      ...item,
      label: words.labels[here] ?? words.labels[item.name] ?? item.label ?? item.name,
      ...(hint === undefined ? {} : { hint }),
      ...options(item, here),
      ...(item.fields ? { fields: item.fields.map((child) => field(child, `${here}.`, item)) } : {}),
      ...(item.field ? { field: field(item.field, `${here}.`, item) } : {}),
    };
  };
  const collections = (config.collections as Collection[]).map((collection) => {
    const named = words.collections[collection.name];
    return {
      ...collection,
      ...(named ? { label: named.label, label_singular: named.singular } : {}),
      ...(collection.fields ? { fields: collection.fields.map((item) => field(item, `${collection.name}:`)) } : {}),
      ...(collection.files
        ? {
            files: collection.files.map((file) => ({
              ...file,
              label: words.collections[file.name]?.label ?? file.label,
              ...(file.fields ? { fields: file.fields.map((item) => field(item, `${collection.name}:`)) } : {}),
            })),
          }
        : {}),
    };
  });
  return { ...config, collections };
}
