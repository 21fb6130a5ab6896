import { uiStrings, type UiStrings } from '../../i18n/index.ts';
import type { DiagramPhrases } from '../../i18n/diagram-types.ts';
import type { Settings } from '../../schemas/settings.ts';

/** Diagram words (`src/i18n`), with the language and the site's enum labels they are drawn with. */
export interface DiagramStrings extends DiagramPhrases {
  /** The interface language, for dates drawn in diagrams. */
  locale: Settings['locale'];
  labels: UiStrings['labels'];
}

/** Diagram words for the site's interface language. */
export function diagramStrings(locale: Settings['locale']): DiagramStrings {
  const t = uiStrings(locale);
  return { ...t.diagrams, locale, labels: t.labels };
}
