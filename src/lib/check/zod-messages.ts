import type { z } from 'zod';
import { checksEn } from '../../i18n/check-en.ts';
import type { CheckStrings } from '../../i18n/check-types.ts';

/** A Zod issue turned into a sentence a KAM can act on, and where to point. */
export interface SchemaProblem {
  path: PropertyKey[];
  reason: string;
  /** Point at the value rather than the key (wrong values), or at the key (unknown or missing fields). */
  target: 'key' | 'value';
}

/** Renders a data path the way people read it: `kpis[1].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`))
    .join('');
}

type Words = CheckStrings['schema'];

/** A schema's own rule, stated in English in `src/schemas`, in the run's language. */
function ruleText(message: string, say: Words): string {
  const rule = (Object.keys(checksEn.schema.rules) as (keyof Words['rules'])[]).find((key) => checksEn.schema.rules[key] === message);
  return rule ? say.rules[rule] : message;
}

/** Shows a received value compactly: strings quoted, long values cut. */
function showValue(value: unknown, say: Words): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null) text = say.shown.empty;
  else if (Array.isArray(value)) text = say.shown.list;
  else if (typeof value === 'object') text = say.shown.mapping;
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(value: unknown, say: Words): string {
  if (value === null) return say.got.empty;
  if (Array.isArray(value)) return say.got.list;
  if (typeof value === 'object') return say.got.mapping;
  if (typeof value === 'string') return say.got.text(showValue(value, say));
  return say.got.other(typeof value, showValue(value, say));
}

/** Edit distance, for "did you mean" suggestions on enum values and field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The closest candidate to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

const list = (values: readonly unknown[]) => values.map((value) => `\`${String(value)}\``).join(', ');

/** Turns one Zod issue into problems (an unknown-keys issue gives one per key). */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: (path: PropertyKey[]) => string[], t: CheckStrings): SchemaProblem[] {
  const say = t.schema;
  const show = (value: unknown) => showValue(value, say);
  const path = [...issue.path];
  const field = `\`${formatPath(path)}\``;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = say.expected[issue.expected] ?? issue.expected;
      if (input === undefined) {
        return [{ path, target: 'key', reason: say.required(field, expected) }];
      }
      const unitHint =
        issue.expected === 'number' && typeof input === 'string' && /^\s*-?[\d.,]+\s*\S*\s*$/.test(input)
          ? say.unitHint(input.replace(/[^\d.,-]/g, ''))
          : '';
      return [{ path, target: 'value', reason: `${say.wrongType(field, expected, typeName(input, say))}${unitHint}` }];
    }
    case 'invalid_value': {
      if (input === undefined) return [{ path, target: 'key', reason: say.requiredOneOf(field, list(issue.values)) }];
      const suggestion = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      return [
        {
          path,
          target: 'value',
          reason: say.oneOf(field, list(issue.values), show(input)) + (suggestion ? say.didYouMean(suggestion) : ''),
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, knownKeys(path));
        return {
          path: [...path, key],
          target: 'key',
          reason:
            say.unknownField(key, path.length ? formatPath(path) : undefined) +
            (suggestion ? say.didYouMean(suggestion) : say.removeUnknown),
        };
      });
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && issue.code === 'too_small') {
        return [{ path, target: 'value', reason: say.notEmpty(field) }];
      }
      const bound = issue.code === 'too_small' ? say.atLeast(String(issue.minimum)) : say.atMost(String(issue.maximum));
      const hint = path.some((segment) => ['selection', 'attractiveness', 'position'].includes(String(segment))) ? say.scores : '';
      return [{ path, target: 'value', reason: `${say.bounded(field, bound, show(input))}${hint}` }];
    }
    case 'invalid_format': {
      const format = say.formats[issue.format];
      return [
        {
          path,
          target: 'value',
          reason: format ? say.format(field, format, show(input)) : say.other(field, ruleText(issue.message, say), show(input)),
        },
      ];
    }
    default:
      return [{ path, target: 'value', reason: say.other(field, ruleText(issue.message, say), show(input)) }];
  }
}
