import type { Locale } from '../../i18n/index.ts';
import { editorFormsEs } from '../../i18n/editor-forms-es.ts';

/** The parts of a Decap configuration that carry words: collections, files and fields. */
interface Field {
  name: string;
  label?: string;
  hint?: string;
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

/** The sentence `fieldsOf` adds to a subfield of an optional group, naming the group's label. */
const REQUIRED_WHEN = / Required when .+ is filled in\.$/;

/**
 * The editor's configuration in the site's language. It is generated in English (`config.ts`); a
 * Spanish site gets its collection names, field labels and hints from `editorFormsEs`, and keeps the
 * English of any it lacks (a test lists those).
 */
export function localizedConfig<T extends { collections: readonly object[] }>(config: T, locale: Locale): T {
  if (locale === 'en') return config;
  const words = editorFormsEs;
  const field = (item: Field, group?: Field): Field => {
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
      label: words.labels[item.name] ?? item.label ?? item.name,
      ...(hint === undefined ? {} : { hint }),
      ...(item.fields ? { fields: item.fields.map((child) => field(child, item)) } : {}),
      ...(item.field ? { field: field(item.field, item) } : {}),
    };
  };
  const collections = (config.collections as Collection[]).map((collection) => {
    const named = words.collections[collection.name];
    return {
      ...collection,
      ...(named ? { label: named.label, label_singular: named.singular } : {}),
      ...(collection.fields ? { fields: collection.fields.map((item) => field(item)) } : {}),
      ...(collection.files
        ? {
            files: collection.files.map((file) => ({
              ...file,
              label: words.collections[file.name]?.label ?? file.label,
              ...(file.fields ? { fields: file.fields.map((item) => field(item)) } : {}),
            })),
          }
        : {}),
    };
  });
  return { ...config, collections };
}
