import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { takenPlace } from '../../src/lib/editor/place.ts';

const accounts = [
  { id: 'acme', name: 'Acme Foods', map: true, values: ['faster-returns'] },
  { id: 'beta', name: 'Beta Retail', map: false, values: [] },
];
const strings = en.editor.account;

describe('where a new entry may be saved', () => {
  it('refuses an account folder, a stakeholder map or a value proposition file name another file has', () => {
    expect(takenPlace('plan', { account: 'acme' }, accounts, strings)).toBe(strings.taken('acme'));
    expect(takenPlace('plan', { account: 'gamma' }, accounts, strings)).toBeUndefined();
    expect(takenPlace('stakeholders', { account: 'acme' }, accounts, strings)).toBe(strings.hasMap('Acme Foods'));
    expect(takenPlace('stakeholders', { account: 'beta' }, accounts, strings)).toBeUndefined();
    expect(takenPlace('value', { account: 'acme', name: 'faster-returns' }, accounts, strings)).toBe(
      strings.valueTaken('faster-returns', 'Acme Foods'),
    );
    expect(takenPlace('value', { account: 'acme', name: 'cheaper-returns' }, accounts, strings)).toBeUndefined();
  });
});
