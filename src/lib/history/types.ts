import type { Settings } from '../../schemas/settings.ts';
import type { HistoryFilter } from '../audience.ts';

/**
 * The plan history's types: what a commit did to an account file, the changes told in words, and the
 * options of telling them. A module of types alone, which the UI dictionaries can read without
 * importing the history itself.
 */

/** The language of the sentences: the site's. */
export type HistoryLocale = Settings['locale'];

/** The enumerations a change can mention, named as the site's `labels` translations name them. */
export type EnumField =
  'planStatus' | 'stage' | 'actionStatus' | 'buyingRole' | 'stance' | 'influence' | 'relationship' | 'cadence' | 'valueStatus';

/** What a change is about, for an icon or a filter. */
export type ChangeKind =
  | 'plan'
  | 'status'
  | 'review'
  | 'revenue'
  | 'selection'
  | 'team'
  | 'offerings'
  | 'kpi'
  | 'action'
  | 'validation'
  | 'stakeholder'
  | 'value'
  | 'text';

/** One version of a content file: its frontmatter as parsed (undefined when unreadable) and its body. */
export interface FileVersion {
  data: unknown;
  body: string;
}

/** What one commit did to one file of an account. */
export interface Revision {
  commit: string;
  /** ISO 8601 commit date. */
  date: string;
  author: string;
  /** The file inside the account folder: `plan.mdx`, `stakeholders.mdx` or `value/<name>.mdx`. */
  file: string;
  /** The file before the commit; missing when the commit added it. */
  before?: FileVersion;
  /** The file after the commit; missing when the commit deleted it. */
  after?: FileVersion;
}

/**
 * Why the history of a build is missing (`available: false`) or incomplete (`shallow`). Only
 * `git-failed` needs git's own words to explain.
 */
export type HistoryGap = 'not-a-repository' | 'no-git' | 'no-commits' | 'git-failed' | 'shallow';

/** One field-level change, in words. */
export interface Change {
  commit: string;
  date: string;
  author: string;
  file: string;
  kind: ChangeKind;
  /** The frontmatter path the change is about (`revenue.target`, `people.stance`), for confidentiality. */
  field: string;
  /** The change in a short sentence, e.g. `Laura Gómez: stance neutral → supporter`. */
  text: string;
}

export interface HistoryOptions {
  /** At most this many changes, newest first. @default 20 */
  limit?: number;
  /** Language of the sentences. @default "en" */
  locale?: HistoryLocale;
  /**
   * Frontmatter paths this reader may not see (an audience's `hide` and the plan's `confidential`):
   * changes to them are left out, as the audience policy's `historyFilter` says. Hiding `people`
   * also leaves out `clientValidation`, which names a person, and hiding any `people` field leaves
   * out edits to the stakeholder notes.
   */
  hide?: readonly string[];
  /** The audience policy's filter for this account (`AudiencePolicy.history`); when given, `hide` is not read. */
  filter?: HistoryFilter;
  /** Display name of a team member, by team id; the id is shown otherwise. */
  memberName?: (id: string) => string | undefined;
  /** Display name of an offering, by offering id. */
  offeringName?: (id: string) => string | undefined;
  /** A calendar date (`YYYY-MM-DD`) as the reader's locale writes it; shown as written otherwise. */
  date?: (iso: string) => string;
  /** Display label of an enum value (`stance`, `supporter` → `Supporter`); the value is shown otherwise. */
  label?: (field: EnumField, value: string) => string | undefined;
}

export interface AccountChanges {
  /** The newest `limit` changes, newest first. */
  changes: Change[];
  /** How many older changes were left out by `limit`. */
  more: number;
}
