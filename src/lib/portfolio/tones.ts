import type { Tone } from '../view/tones.ts';
import type { ActionTiming } from './actions.ts';
import type { KpiStatus } from './kpis.ts';
import type { CellKind } from './whitespace.ts';

/** Badge tones of the dashboards; as everywhere, the badge's words carry the meaning. */
export const kpiStatusTone: Record<KpiStatus, Tone> = { achieved: 'ok', 'on-track': 'info', 'at-risk': 'warn', missed: 'bad', unknown: 'plain' };

export const actionTimingTone: Record<ActionTiming, Tone> = { done: 'ok', overdue: 'bad', 'due-soon': 'warn', later: 'plain', undated: 'plain' };

export const cellTone: Record<CellKind, Tone> = { current: 'ok', proposed: 'info', potential: 'warn', empty: 'plain' };

/**
 * The `lang` to put on free text written in a plan, when it differs from the interface's language
 * (a Spanish plan on an English site); `undefined` otherwise, as on the account page.
 */
export function textLang(plan: { lang?: 'en' | 'es' | undefined }, locale: 'en' | 'es'): 'en' | 'es' | undefined {
  const lang = plan.lang ?? locale;
  return lang !== locale ? lang : undefined;
}
