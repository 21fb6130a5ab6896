import { isDeepStrictEqual } from 'node:util';
import { isSeq, parseDocument } from 'yaml';
import { personItem } from './templates.ts';

/** Why a person could not be added to a map; `npm run new` words it in the team's language. */
export type AddPersonProblem =
  | { kind: 'no-frontmatter' }
  | { kind: 'invalid-yaml'; detail: string }
  | { kind: 'duplicate'; id: string }
  | { kind: 'not-a-list' }
  | { kind: 'would-change' };

/**
 * Adds a person at the end of `people` in a stakeholder map, by inserting text: the rest of the file
 * (comments, order, formatting) is left exactly as it was. Returns the new file text, or the problem.
 */
export function addPerson(fileText: string, person: Record<string, string>): { text: string } | { error: AddPersonProblem } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
  if (!match) return { error: { kind: 'no-frontmatter' } };
  const yamlStart = match[0].indexOf('\n') + 1;
  const yaml = match[1]!;
  const doc = parseDocument(yaml);
  if (doc.errors.length) return { error: { kind: 'invalid-yaml', detail: doc.errors[0]!.message.split('\n')[0]! } };
  const before = doc.toJS() as { people?: unknown[] } | null;
  const existing = before?.people ?? [];
  if (existing.some((item) => (item as { id?: string }).id === person['id'])) {
    return { error: { kind: 'duplicate', id: person['id']! } };
  }

  const people = doc.get('people', true);
  let next: string;
  if (isSeq(people) && people.items.length > 0 && !people.flow) {
    const last = people.items[people.items.length - 1] as { range?: [number, number, number] };
    const first = people.items[0] as { range?: [number, number, number] };
    const lineStart = yaml.lastIndexOf('\n', first.range![0]) + 1;
    const indent = /^\s*/.exec(yaml.slice(lineStart))![0];
    const end = last.range![1];
    const lineEnd = yaml.indexOf('\n', end - 1);
    const at = lineEnd === -1 ? yaml.length : lineEnd;
    next = `${yaml.slice(0, at)}\n${personItem(person, indent)}${yaml.slice(at)}`;
  } else if (isSeq(people) && people.items.length === 0) {
    const [start, end] = people.range!;
    const keyLineEnd = yaml.indexOf('\n', end);
    const rest = keyLineEnd === -1 ? '' : yaml.slice(keyLineEnd);
    next = `${yaml.slice(0, start).trimEnd()}\n${personItem(person, '  ')}${rest}`;
  } else if (people === undefined) {
    next = `${yaml.trimEnd()}\npeople:\n${personItem(person, '  ')}`;
  } else {
    return { error: { kind: 'not-a-list' } };
  }

  // Refuse to write anything that changes what was already there.
  const after = parseDocument(next).toJS() as { people?: unknown[] } | null;
  const expected = { ...(before ?? {}), people: [...existing, person] };
  if (!isDeepStrictEqual(after, expected)) return { error: { kind: 'would-change' } };
  return { text: fileText.slice(0, yamlStart) + next + fileText.slice(yamlStart + yaml.length) };
}
