import type { CheckId } from '../../../schemas/settings.ts';
import type { Check } from './context.ts';
import { actions, clientValidation, kpis } from './commitment.ts';
import { freshness } from './freshness.ts';
import { knowledge, vision } from './knowledge.ts';
import { placeholders } from './placeholders.ts';
import { selection } from './selection.ts';
import { champion, coverage, decisionMaker } from './stakeholders.ts';
import { sponsor, team } from './team.ts';
import { valueProposition } from './value.ts';

/** Every completeness check by id; the type makes a new id in `checkIds` fail to compile until it has a check. */
export const checks: Record<CheckId, Check> = {
  knowledge,
  vision,
  'value-proposition': valueProposition,
  'decision-maker': decisionMaker,
  champion,
  coverage,
  sponsor,
  team,
  kpis,
  actions,
  'client-validation': clientValidation,
  selection,
  freshness,
  placeholders,
};
