import { describe, expect, it } from 'vitest';
import decapEn from 'decap-cms-locales/dist/esm/en/index.js';
import decapSpanish from 'decap-cms-locales/dist/esm/es/index.js';
import { decapEs } from '../../src/i18n/decap-es.ts';
import { withPhrases } from '../../src/editor/locale.ts';

import type { DecapPhrases as Phrases } from '../../src/editor/cms.ts';

/** Every phrase of a Decap dictionary by its dotted key. */
function keys(phrases: Phrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe("Decap CMS's interface on a Spanish site", () => {
  const english = keys(decapEn);

  it('has every phrase of the English interface in Spanish: Decap’s own, or ours where it lacks one', () => {
    const spanish = new Set(keys(withPhrases(decapSpanish, decapEs)));
    expect(english.filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('adds only phrases that Decap has and its Spanish lacks (a Decap upgrade that translates one makes ours stale)', () => {
    const known = new Set(english);
    const translated = new Set(keys(decapSpanish));
    const ours = keys(decapEs);
    expect(ours.filter((key) => !known.has(key))).toEqual([]);
    expect(ours.filter((key) => translated.has(key))).toEqual([]);
  });

  it('keeps each placeholder of the English phrase', () => {
    const lookup = (phrases: Phrases, key: string) =>
      key.split('.').reduce<Phrases | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), phrases);
    for (const key of keys(decapEs)) {
      const placeholders = (text: unknown) => [...String(text).matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(lookup(decapEs, key)), key).toEqual(placeholders(lookup(decapEn, key)));
    }
  });
});
