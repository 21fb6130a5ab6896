import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';

/** Every key path of a dictionary; functions count as leaves. */
const paths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('interface strings', () => {
  it('has the same keys in English and Spanish, none empty', () => {
    expect(paths(es).sort()).toEqual(paths(en).sort());
    for (const dictionary of [en, es]) {
      for (const path of paths(dictionary)) {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
        if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      }
    }
  });
});
