import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/editor/config.ts';
import { localizedConfig } from '../../src/lib/editor/localize.ts';
import { es } from '../../src/i18n/es.ts';

/**
 * The editor's forms on a Spanish site: every collection, label and hint of the generated
 * configuration in Spanish. When a schema gains a field or its description changes, this names what
 * `src/i18n/editor-forms-es.ts` lacks.
 */
type Field = { name: string; label: string; hint?: string; widget: string; fields?: Field[]; field?: Field };
type Collection = { name: string; label: string; label_singular?: string; fields?: Field[]; files?: { label: string; fields: Field[] }[] };

function allFields(fields: readonly Field[] = [], path = ''): [string, Field][] {
  return fields.flatMap((field) => [
    [`${path}${field.name}`, field] as [string, Field],
    ...allFields(field.fields, `${path}${field.name}.`),
    ...(field.field ? allFields([field.field], `${path}${field.name}.`) : []),
  ]);
}
const fieldsOf = (collections: readonly Collection[]) =>
  collections.flatMap((collection) =>
    [...(collection.fields ?? []), ...(collection.files ?? []).flatMap((file) => file.fields)].length
      ? allFields([...(collection.fields ?? []), ...(collection.files ?? []).flatMap((file) => file.fields)], `${collection.name}:`)
      : [],
  );

describe("the editor's forms in Spanish", () => {
  const english = cmsConfig().collections as unknown as Collection[];
  const spanish = localizedConfig(cmsConfig(), 'es').collections as unknown as Collection[];

  it('leaves the English configuration as generated', () => {
    expect(localizedConfig(cmsConfig(), 'en')).toEqual(cmsConfig());
  });

  it('names every collection, labels every field and explains it in Spanish', () => {
    const before = new Map(fieldsOf(english));
    const untranslated: string[] = [];
    for (const [path, field] of fieldsOf(spanish)) {
      const original = before.get(path)!;
      if (field.widget === 'hidden') continue;
      // A label may read the same in both languages (Editor, MDX, Id), but must come from the dictionary.
      if (field.label === original.label && !['editor', 'mdx', 'id', 'oauth', 'github'].includes(field.name))
        untranslated.push(`${path}: label`);
      if (original.hint && field.hint === original.hint) untranslated.push(`${path}: hint`);
    }
    expect(untranslated).toEqual([]);
    expect(spanish.map((collection) => collection.label)).toEqual([
      'Planes',
      'Mapas de interlocutores',
      'Propuestas de valor',
      'Equipo',
      'Ajustes',
    ]);
  });

  it('says in Spanish what an optional group needs once begun', () => {
    const target = new Map(fieldsOf(spanish)).get('plans:revenue.target')!;
    expect(target.label).toBe('Objetivo');
    expect(target.hint).toBe('Nuestro objetivo de ventas para el periodo. Obligatorio si se rellena «Facturación».');
  });

  it('calls a field what the account page calls it', () => {
    const label = (path: string) => new Map(fieldsOf(spanish)).get(path)?.label;
    const pairs: [string, string][] = [
      ['stakeholders:people.title', es.account.title],
      ['stakeholders:people.stance', es.account.stance],
      ['stakeholders:people.buyingRole', es.account.buyingRole],
      ['plans:revenue.lastYear', es.account.lastYear],
      ['plans:kpis', es.account.kpis],
      ['plans:kpis.actual', es.account.actual],
      ['plans:kpis.baseline', es.account.baseline],
      ['plans:selection.attractiveness.growth', es.account.criteria.growth],
    ];
    expect(pairs.map(([path]) => [path, label(path)])).toEqual(pairs);
    // One name, two meanings: an action's title is not a job title.
    expect(label('plans:actions.title')).toBe('Título');
  });

  it('shows the site’s word beside each value of a select, and still writes the value', () => {
    type Select = Field & { options: { label: string; value: string }[] };
    const stance = new Map(fieldsOf(spanish)).get('stakeholders:people.stance') as Select;
    expect(stance.options[0]).toEqual({ label: `${es.labels.stance.champion} (champion)`, value: 'champion' });
    const role = new Map(fieldsOf(spanish)).get('team:role') as Select;
    expect(role.options.map((option) => option.value)).toEqual(['kam', 'sponsor', 'specialist', 'manager']);
  });

  it('keeps every name, widget and value the files are written with', () => {
    const strip = (collections: readonly Collection[]) =>
      JSON.stringify(collections, (key, value: unknown) => {
        if (key === 'label' || key === 'label_singular' || key === 'hint') return undefined;
        // An option as the site words it is still its value.
        return value && typeof value === 'object' && 'value' in value && 'label' in value ? (value as { value: unknown }).value : value;
      });
    expect(strip(spanish)).toBe(strip(english));
  });
});
