import type { CheckStrings } from '../../i18n/check-types.ts';
import type { z } from 'zod';
import type { DataPath } from './yaml-source.ts';

/** URL schemes that run code or smuggle a document when a reader follows the link. */
const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data'] as const;
export type UnsafeScheme = (typeof UNSAFE_SCHEMES)[number];

/**
 * The dangerous scheme a URL uses, if any, read the way a browser reads it: leading spaces and
 * control characters are ignored, and so are tabs and line breaks inside the scheme
 * (`java\tscript:` runs), in any letter case. Entities are already decoded by the Markdown and YAML
 * parsers, so `&#106;avascript:` arrives here as `javascript:`.
 */
export function unsafeScheme(url: string): UnsafeScheme | undefined {
  // eslint-disable-next-line no-control-regex
  const normal = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return UNSAFE_SCHEMES.find((scheme) => normal.startsWith(`${scheme}:`));
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  format?: string;
  innerType?: AnySchema;
  out?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 10; guard++) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.out && defOf(def.out).type !== 'transform' ? def.out : (def.in ?? current);
    else break;
  }
  return current;
}

/** A URL field (`z.url()`) of validated data whose value uses an unsafe scheme. */
export interface UnsafeUrl {
  path: DataPath;
  value: string;
  scheme: UnsafeScheme;
}

/** A step from a schema to a URL field below it: a key, or `*` for every item of a list or record. */
type Step = string;

const urlPathsCache = new WeakMap<AnySchema, Step[][]>();

/** The paths of a schema's `z.url()` fields, found once per schema (most schemas have none). */
function urlPaths(schema: AnySchema, depth = 0): Step[][] {
  const cached = urlPathsCache.get(schema);
  if (cached) return cached;
  const def = defOf(unwrap(schema));
  let paths: Step[][] = [];
  if (depth > 12) paths = [];
  else if (def.type === 'string' && def.format === 'url') paths = [[]];
  else if (def.type === 'object' && def.shape)
    paths = Object.entries(def.shape).flatMap(([key, field]) => urlPaths(field, depth + 1).map((path) => [key, ...path]));
  else if (def.type === 'array' && def.element) paths = urlPaths(def.element, depth + 1).map((path) => ['*', ...path]);
  else if (def.type === 'record' && def.valueType) paths = urlPaths(def.valueType, depth + 1).map((path) => ['*', ...path]);
  else if (def.type === 'union' && def.options) paths = def.options.flatMap((option) => urlPaths(option, depth + 1));
  urlPathsCache.set(schema, paths);
  return paths;
}

/**
 * Every `z.url()` field of `data` that holds a `javascript:`, `vbscript:` or `data:` URL. Zod's
 * `z.url()` accepts them (they are valid URLs), but a page that prints the field as a link would run
 * the script when it is clicked. The schema says which fields are URLs, so no field list is kept here.
 */
export function unsafeUrlFields(schema: AnySchema, data: unknown): UnsafeUrl[] {
  const found: UnsafeUrl[] = [];
  const seen = new Set<string>();
  const follow = (value: unknown, steps: readonly Step[], path: (string | number)[]) => {
    if (steps.length === 0) {
      const scheme = typeof value === 'string' ? unsafeScheme(value) : undefined;
      const key = JSON.stringify(path);
      if (scheme && !seen.has(key)) {
        seen.add(key);
        found.push({ path, value: value as string, scheme });
      }
      return;
    }
    const [step, ...rest] = steps as [Step, ...Step[]];
    if (step === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => follow(item, rest, [...path, index]));
      else if (isRecord(value)) for (const [key, item] of Object.entries(value)) follow(item, rest, [...path, key]);
    } else if (isRecord(value) && Object.hasOwn(value, step)) {
      follow(value[step], rest, [...path, step]);
    }
  };
  for (const steps of urlPaths(schema)) follow(data, steps, []);
  return found;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The message for an unsafe URL in a frontmatter field, in the run's language. */
export function unsafeLinkReason(where: string, url: string, scheme: UnsafeScheme, t: CheckStrings): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return t.unsafeLink(where, JSON.stringify(shown), scheme);
}
