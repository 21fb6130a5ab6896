import { z } from 'zod';
import { checksEn } from '../i18n/check-en.ts';

// The rules' words live in the dictionaries; the check speaks them in the site's language.
const RULES = checksEn.schema.rules;

/** The languages of the interface and of plans: every dictionary, template and schema follows this list. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** What an id may be: lowercase letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase slug: letters, digits and single hyphens, e.g. `laura-gomez`. */
export const slug = z
  .string()
  .regex(SLUG, { error: RULES.slug });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and names a day that exists on the calendar. */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written `YYYY-MM-DD`, kept as that string.
 * Astro's frontmatter parser turns dates into `Date` objects (and accepts impossible ones),
 * so a `Date` is converted back; `npm run check` reads the text as written and is stricter.
 * `format: date` lets editors validate the text against the JSON Schemas in `schemas/`.
 */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.string().refine(isRealDate, { error: RULES.date }),
  )
  .meta({ format: 'date' });

/** A score from 1 to 5 where 5 is always good for us. */
export const score = z.int().min(1).max(5);

/** An ISO 4217 currency code such as `EUR` or `USD`. */
export const currency = z.string().regex(/^[A-Z]{3}$/, { error: RULES.currency });
