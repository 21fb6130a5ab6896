import type { Tone } from '../view/tones.ts';
import type { ActionTiming } from './actions.ts';
import type { KpiStatus } from './kpis.ts';

/** Badge tones of the dashboards; as everywhere, the badge's words carry the meaning. */
export const kpiStatusTone: Record<KpiStatus, Tone> = {
  achieved: 'ok',
  'on-track': 'info',
  'at-risk': 'warn',
  missed: 'bad',
  unknown: 'plain',
};

export const actionTimingTone: Record<ActionTiming, Tone> = {
  done: 'ok',
  overdue: 'bad',
  'due-soon': 'warn',
  later: 'plain',
  undated: 'plain',
};
