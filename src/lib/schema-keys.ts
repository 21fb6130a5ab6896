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
