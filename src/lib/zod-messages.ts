import type { z } from 'zod';

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

/** Shows a received value compactly: strings quoted, long values cut. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null) text = 'null (an empty value)';
  else if (Array.isArray(value)) text = 'a list';
  else if (typeof value === 'object') text = 'a mapping of fields';
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return `the text ${showValue(value)}`;
  return `${typeof value} ${showValue(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping of fields',
};

const FORMATS: Record<string, string> = {
  email: 'an e-mail address such as `name@company.com`',
  url: 'a full web address starting with `https://`',
};

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
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: (path: PropertyKey[]) => string[]): SchemaProblem[] {
  const path = [...issue.path];
  const field = `\`${formatPath(path)}\``;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (input === undefined) {
        return [{ path, target: 'key', reason: `${field} is required and missing. Add it as ${expected}.` }];
      }
      const unitHint =
        issue.expected === 'number' && typeof input === 'string' && /^\s*-?[\d.,]+\s*\S*\s*$/.test(input)
          ? ` Write the number alone (${input.replace(/[^\d.,-]/g, '')}) and put the unit in \`unit\`.`
          : '';
      return [{ path, target: 'value', reason: `${field} must be ${expected}, got ${typeName(input)}.${unitHint}` }];
    }
    case 'invalid_value': {
      const suggestion = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      return [
        {
          path,
          target: 'value',
          reason:
            `${field} must be one of ${list(issue.values)}, got ${showValue(input)}.` +
            (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, knownKeys(path));
        const where = path.length ? ` in \`${formatPath(path)}\`` : '';
        return {
          path: [...path, key],
          target: 'key',
          reason:
            `Unknown field \`${key}\`${where}.` +
            (suggestion ? ` Did you mean \`${suggestion}\`?` : ' Remove it or check its spelling against the schema.'),
        };
      });
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && issue.code === 'too_small') {
        return [{ path, target: 'value', reason: `${field} must not be empty. Write a value or remove the field.` }];
      }
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const hint = path.some((segment) => ['selection', 'attractiveness', 'position'].includes(String(segment)))
        ? ' Scores go from 1 to 5, where 5 is always good for us.'
        : '';
      return [{ path, target: 'value', reason: `${field} must be ${bound}, got ${showValue(input)}.${hint}` }];
    }
    case 'invalid_format': {
      const format = FORMATS[issue.format];
      const reason = format ? `must be ${format}` : issue.message;
      return [{ path, target: 'value', reason: `${field} ${reason}, got ${showValue(input)}.` }];
    }
    default:
      return [{ path, target: 'value', reason: `${field} ${issue.message}, got ${showValue(input)}.` }];
  }
}
