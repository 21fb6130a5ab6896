import type { HistoryLocale } from './types.ts';
import { uiStrings } from '../../i18n/index.ts';
import type { HistoryWords } from '../../i18n/history-types.ts';

export type { HistoryWords } from '../../i18n/history-types.ts';

/**
 * The words of the plan history in each UI language (`src/i18n/history-*.ts`). Field values that are
 * enum members (`active`, `supporter`) are shown through `HistoryLabels` when the site passes its
 * translations, else as written.
 */
export type { HistoryLocale } from './types.ts';

export const historyWords: Record<HistoryLocale, HistoryWords> = { en: uiStrings('en').changes, es: uiStrings('es').changes };
