import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Follows wrappers (optional, default, pipe, refinements) to the schema that does the work. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 10; guard++) {
    const def = current._zod.def as unknown as { type: string; innerType?: AnySchema; out?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = def.out;
    else break;
  }
  return current;
}

/** The field names a strict object accepts at `path`, for "did you mean" suggestions. */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current._zod.def as unknown as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
      valueType?: AnySchema;
    };
    if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) {
      current = unwrap(def.shape[segment]);
    } else if (def.type === 'array' && def.element) {
      current = unwrap(def.element);
    } else if (def.type === 'record' && def.valueType) {
      current = unwrap(def.valueType);
    } else {
      return [];
    }
  }
  const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** What a dotted field path (lists addressed through their name, as in `people.stance`) names in a schema. */
export interface FieldInfo {
  /** The field may be left out, so hiding it leaves valid data. */
  optional: boolean;
  /** The field is a list: hidden, it becomes empty rather than missing. */
  list: boolean;
}

/** Follows a dotted path through objects and, implicitly, list items; undefined when no such field exists. */
export function fieldAt(schema: AnySchema, path: readonly string[]): FieldInfo | undefined {
  let current = unwrap(schema);
  let info: FieldInfo | undefined;
  for (const segment of path) {
    let def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'array' && def.element) {
      current = unwrap(def.element);
      def = current._zod.def as unknown as typeof def;
    }
    const field = def.type === 'object' ? def.shape?.[segment] : undefined;
    if (!field) return undefined;
    const wrapper = (field._zod.def as unknown as { type: string }).type;
    current = unwrap(field);
    info = {
      optional: ['optional', 'default', 'prefault'].includes(wrapper),
      list: (current._zod.def as unknown as { type: string }).type === 'array',
    };
  }
  return info;
}
