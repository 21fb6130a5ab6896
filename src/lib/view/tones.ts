import type { Action, Plan } from '../../schemas/plan.ts';
import type { Stakeholder } from '../../schemas/stakeholders.ts';
import type { ValueProposition } from '../../schemas/value.ts';
import type { Quadrant } from './selection.ts';

/**
 * Colour tones of badges. Colour only reinforces the text of the badge (WCAG 1.4.1): every badge
 * also says what it means in words.
 */
export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'plain';

export const planStatusTone: Record<Plan['status'], Tone> = { active: 'ok', draft: 'warn', archived: 'plain' };

export const actionStatusTone: Record<Action['status'], Tone> = { done: 'ok', 'in-progress': 'info', planned: 'plain', blocked: 'bad' };

export const valueStatusTone: Record<ValueProposition['status'], Tone> = {
  draft: 'plain',
  proposed: 'info',
  accepted: 'ok',
  delivered: 'ok',
};

export const quadrantTone: Record<Quadrant, Tone> = { invest: 'ok', develop: 'info', maintain: 'warn', serve: 'plain', unscored: 'plain' };

export const stanceTone: Record<NonNullable<Stakeholder['stance']>, Tone> = {
  champion: 'ok',
  supporter: 'info',
  neutral: 'plain',
  skeptic: 'warn',
  blocker: 'bad',
};

export const relationshipTone: Record<NonNullable<Stakeholder['relationship']>, Tone> = {
  strong: 'ok',
  developing: 'info',
  weak: 'warn',
  none: 'bad',
};

/** Completeness score (0–1): complete is good, most of the way is a warning, less is bad. */
export function completenessTone(score: number): Tone {
  if (score >= 1) return 'ok';
  return score >= 0.7 ? 'warn' : 'bad';
}
