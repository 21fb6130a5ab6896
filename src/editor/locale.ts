import type { DecapPhrases } from './cms.ts';

/**
 * `base` (one of Decap's dictionaries) with the phrases of `added` it lacks put in beside its own: a
 * phrase `base` has wins.
 */
export function withPhrases(base: DecapPhrases, added: DecapPhrases): DecapPhrases {
  const merged: DecapPhrases = { ...added };
  for (const [key, value] of Object.entries(base)) {
    const extra = added[key];
    merged[key] = typeof value === 'object' && typeof extra === 'object' ? withPhrases(value, extra) : value;
  }
  return merged;
}
