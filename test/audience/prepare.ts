import { hiddenPathsFor, redactPortfolio } from '../../src/lib/audience.ts';
import type { Account, Portfolio, SourceFile } from '../../src/lib/model.ts';
import { hiddenNeedles, visibleForms, type Needle } from './needles.ts';

/** Whether an account's stakeholder notes are withheld from the audience (any `people` field hidden). */
const notesHiddenFor = (full: Portfolio, audience: string) => (account: Account) =>
  hiddenPathsFor(full, account, audience).some((path) => path === 'people' || path.startsWith('people.'));

/** What the audience sees as written: bodies of plans and value propositions, notes when shown, and visible field values. */
function visibleText(full: Portfolio, sources: readonly SourceFile[], audience: string): string {
  const redacted = redactPortfolio(full, audience);
  const body = (path: string) => (sources.find((file) => file.path === path)?.text ?? '').replace(/^---[\s\S]*?\n---\n/, '');
  const parts: string[] = [];
  for (const account of redacted.accounts) {
    if (account.plan) parts.push(body(account.plan.path));
    for (const value of account.values) parts.push(body(value.path));
    if (account.stakeholders && !notesHiddenFor(full, audience)(account)) parts.push(body(account.stakeholders.path));
  }
  parts.push(...visibleForms(redacted));
  return parts.join('\n');
}

export interface Prepared {
  needles: Needle[];
  /** Needles set aside: their printed form is also a visible value's, or a two-digit share. */
  ambiguous: number;
}

/** The audience's needles: ambiguous ones set aside, those its visible text contains searched as data only. */
export function prepareNeedles(full: Portfolio, sources: readonly SourceFile[], audience: string): Prepared {
  const visible = visibleForms(redactPortfolio(full, audience));
  const text = visibleText(full, sources, audience);
  // Figures in prose are compared without separators: "450,000 euros" in a body is the word `450000` in the search index.
  const undivided = (value: string) => value.replace(/(?<=\d)[.,\u00a0\u202f '](?=\d)/g, '');
  const textDigits = undivided(text);
  const inVisibleText = (needle: Needle) =>
    text.includes(needle.text) ||
    (needle.numeric === true && new RegExp(`(?<!\\d)${undivided(needle.text).replace(/\D+/g, '\\D*')}(?!\\d)`).test(textDigits));
  let ambiguous = 0;
  const needles: Needle[] = [];
  const seen = new Set<string>();
  for (const needle of hiddenNeedles(full, audience, notesHiddenFor(full, audience))) {
    const key = `${needle.kind}\0${needle.text}\0${needle.subject ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A share printed with two digits or fewer ("40%") is also some visible average or progress: the
    // output cannot say which it is, so noninterference covers it.
    const shortShare = needle.group === 'percent' && needle.text.replace(/\D/g, '').length < 3;
    if (needle.kind !== 'pair' && (visible.has(needle.text) || shortShare)) {
      ambiguous++;
      continue;
    }
    needles.push(needle.kind === 'strong' && inVisibleText(needle) ? { ...needle, kind: 'data' } : needle);
  }
  return { needles, ambiguous };
}
