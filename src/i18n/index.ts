import type { Settings } from '../schemas/settings.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings } from './types.ts';

const dictionaries: Record<Settings['locale'], UiStrings> = { en, es };

/** The interface strings for `settings.locale`. */
export function uiStrings(locale: Settings['locale']): UiStrings {
  return dictionaries[locale];
}
