import type { Settings } from '../schemas/settings.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings } from './types.ts';
/** A language of the site and of its messages (`settings.locale`, `--lang`). */
export type Locale = Settings['locale'];

const dictionaries: Record<Locale, UiStrings> = { en, es };

/** Every language with a dictionary, for command-line options. */
export const locales = Object.keys(dictionaries) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(dictionaries, value);
}

/** The interface strings for `settings.locale`. */
export function uiStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}
