/** A change to a YAML document, at a path of keys and list indexes. */
export type Edit = { kind: 'set'; path: (string | number)[]; value: unknown } | { kind: 'delete'; path: (string | number)[] };

/**
 * Whether a form value means "not written": forms hold an empty string for a cleared text field and
 * an empty list or object for a section nobody filled in, where the file simply has no key.
 */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value without the keys that mean "not written", for writing a new key, list item or file. */
export function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => !isEmptyValue(item))
      .map(([key, item]) => [key, pruned(item)]),
  );
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => equal(a[key], b[key]));
  }
  return false;
}

/**
 * The smallest edits that turn `before` (the file's data) into `after` (the form's data): unchanged
 * values and empty form values where the file has no key produce none, so saving an untouched entry
 * edits nothing. Lists of the same length are compared item by item; otherwise a changed list is
 * replaced whole.
 */
export function planEdits(before: unknown, after: unknown, path: (string | number)[] = []): Edit[] {
  if (equal(before, after)) return [];
  // A cleared field removes its key; an empty form value where the file is empty too (or has no key) changes nothing.
  if (isEmptyValue(after)) return isEmptyValue(before) ? [] : [{ kind: 'delete', path }];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => planEdits(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item, index) => planEdits(before[index], item, [...path, index]));
  }
  return [{ kind: 'set', path, value: pruned(after) }];
}
