import type { Point } from 'unist';
import type { CheckStrings } from '../../../i18n/check-types.ts';
import type { Plan } from '../../../schemas/plan.ts';
import type { Account, Doc, Portfolio } from '../../model.ts';
import type { Section } from '../../content/body.ts';
import type { DataPath } from '../../content/yaml-source.ts';

/** Everything a completeness check may read about one plan. */
export interface CheckContext {
  account: Account;
  plan: Doc<Plan>;
  portfolio: Portfolio;
  /** `YYYY-MM-DD`. */
  today: string;
  /** The words of reasons and hints, in the run's language (`settings.locale`, or `--lang`). */
  t: CheckStrings;
}

/** One thing to fix, reported as a positioned message. */
export interface Finding {
  /** What is wrong, with the values found. A full sentence. */
  reason: string;
  /** What to do about it. A full sentence. */
  hint: string;
  place: Point;
  /** The file the fix goes in. @default the plan */
  file?: string;
  /** Already reported by another rule (a schema or reference error): counted, not repeated. */
  silent?: boolean;
}

export type Outcome = { passed: true; reason: string } | { passed: false; findings: Finding[] };

/** A completeness check: a pure function of the plan and its account. */
export type Check = (context: CheckContext) => Outcome;

export const pass = (reason: string): Outcome => ({ passed: true, reason });
export const fail = (...findings: Finding[]): Outcome => ({ passed: false, findings });

const FIRST: Point = { line: 1, column: 1 };

const samePoint = (a: Point, b: Point) => a.line === b.line && a.column === b.column;

/**
 * Where to point for a frontmatter field: the field, or its nearest written ancestor; when nothing
 * of it is written, the `status` key, because the status is what makes the field required.
 */
export function fieldPlace(plan: Doc<Plan>, path: DataPath): Point {
  const place = plan.locate(path);
  return samePoint(place, plan.locate([])) ? plan.locate(['status']) : place;
}

/** Start of a body section's heading, or of the body, or the file. */
export function sectionPlace(plan: Doc<Plan>, section?: Section): Point {
  return section?.position?.start ?? plan.body?.position?.start ?? FIRST;
}

/** `content/accounts/acme/` for the plan `content/accounts/acme/plan.mdx`. */
export function accountDir(plan: Doc<Plan>): string {
  return plan.path.slice(0, plan.path.lastIndexOf('/') + 1);
}

/** "the period (2026-01-01 to 2026-12-31)", for hints. */
export function periodText({ plan, t }: Pick<CheckContext, 'plan' | 't'>): string {
  return t.period(plan.data.period.start, plan.data.period.end);
}
