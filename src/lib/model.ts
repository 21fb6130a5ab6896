import type { Point } from 'unist';
import type { Plan } from '../schemas/plan.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Stakeholders } from '../schemas/stakeholders.ts';
import type { TeamMember } from '../schemas/team.ts';
import type { ValueProposition } from '../schemas/value.ts';
import type { BodyOutline } from './content/body.ts';
import type { DataPath } from './content/yaml-source.ts';

/** A content file as read from disk; `path` is relative to the project, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
  /**
   * Why the file could not be read as content (bytes that are not UTF-8, a symbolic link): the engine
   * reports it at `place` and reads nothing else from the file.
   */
  unreadable?: { reason: string; ruleId: string; place?: Point; about?: UnreadableAbout };
  /** An image file a body may show (`IMAGE_FILE`): only its path is read, to tell that it exists. */
  asset?: true;
}

/** Raster image files a body may show (`![Chart](./chart.png)`). SVG files are read as text and checked. */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif)$/i;

/** What the engine needs to word an unreadable file's message again in the site's language. */
type UnreadableAbout =
  | { kind: 'hidden'; name: string }
  | { kind: 'symlink'; target: string; outside: boolean }
  | { kind: 'encoding'; byte: string; line: number; column: number };

/** A validated content document: its data, where each field is, and (for MDX) its body outline. */
export interface Doc<T> {
  path: string;
  data: T;
  body?: BodyOutline;
  locate(path: DataPath, target?: 'key' | 'value'): Point;
}

export interface ValueDoc extends Doc<ValueProposition> {
  /** File name without extension: the proposition's id within the account. */
  name: string;
}

/** One key account: the folder `content/accounts/<id>/`. */
export interface Account {
  id: string;
  /** Missing when the file is absent or invalid. */
  plan?: Doc<Plan>;
  stakeholders?: Doc<Stakeholders>;
  values: ValueDoc[];
}

export interface Portfolio {
  settings: Settings;
  /** Files that exist but failed to parse or validate: checks that depend on them are skipped, not failed twice. */
  invalid: Set<string>;
  settingsDoc?: Doc<Settings>;
  team: Map<string, Doc<TeamMember>>;
  accounts: Account[];
}

/** The outcome of one completeness check on one plan. */
export interface CheckResult {
  id: import('../schemas/settings.ts').CheckId;
  passed: boolean;
  /** Why it failed (or, when passed, what was found), in a sentence. */
  reason: string;
  /** What to do to pass, when it failed. */
  hint?: string;
  /** Weight in the score, from `settings.completeness.weights`. */
  weight: number;
}

/** Completeness of one plan: the checks its status requires, and the weighted share passed. */
export interface PlanReport {
  accountId: string;
  status: import('../schemas/plan.ts').Plan['status'];
  /** Weighted share of required checks passed, 0–1; 1 when nothing is required. */
  score: number;
  checks: CheckResult[];
}
