import type { AddPersonProblem } from '../lib/scaffold/insert.ts';

/** What an id given to `npm run new` names, for the message that refuses it. */
export type IdKind = 'accountArg' | 'account' | 'value' | 'person' | 'member';

/**
 * The command-line scripts' own words: help, prompts and the one-line refusals. Commands, flags,
 * field names and file paths stay as written; values arrive as the script shows them. `en` and `es`
 * are both typed with it.
 */
export interface CliStrings {
  /** A `KEYPLAN_TODAY` that is not a real date (`today.ts`). */
  badToday: (value: string) => string;
  /** `--lang` naming a language without a dictionary (`check`, `due`). */
  badLang: (locales: readonly string[], got: string) => string;
  /** An unexpected failure, before its first line. */
  couldNotRun: (message: string) => string;

  /** `npm run new`, the scaffolder. */
  new: {
    /** The help, with the roles a member may have. */
    usage: (roles: readonly string[]) => string;
    whatToCreate: string;
    /** The options of the first question, by kind. */
    kinds: { account: string; value: string; person: string; member: string };
    cancelled: string;
    ask: {
      clientName: string;
      owner: (kams: readonly string[]) => string;
      accountId: string;
      valueTitle: string;
      personName: string;
      memberName: string;
    };
    /** The parser's own message, then where a name that starts with `-` goes. */
    badArguments: (message: string) => string;
    unknownKind: (kind: string, kinds: readonly string[]) => string;
    exists: (path: string) => string;
    accountExists: (path: string) => string;
    ids: Record<IdKind, string>;
    /** An id that is no slug: the `id` given, or the `name` it was made from. */
    badId: (shown: { id: string } | { name: string }, what: string, max: number) => string;
    deviceId: (id: string) => string;
    noAccount: (id: string, path: string) => string;
    needClientName: string;
    badLang: (got: string) => string;
    noKam: string;
    valueUsage: string;
    personUsage: string;
    memberUsage: string;
    cannotAdd: (name: string, path: string, problem: AddPersonProblem) => string;
    badRole: (roles: readonly string[], got: string) => string;
    created: (path: string) => string;
    /** The heading of what the check says about the new files. */
    findings: (files: number) => string;
    next: string;
    failed: (message: string) => string;
  };

  /** `npm run check`. */
  check: {
    usage: string;
    badFormat: (formats: readonly string[], got: string) => string;
    needsRevision: string;
    /** The parser's own message (unknown option, missing value), then where to look. */
    badOption: (message: string) => string;
    /** `named`: the folder comes from `KEYPLAN_CONTENT`. */
    noFolder: (dir: string, named: boolean) => string;
    unreadableFolder: (dir: string, named: boolean, message: string) => string;
    notFolder: (dir: string, named: boolean) => string;
    /** `--since` without git installed; `check` adds the option before it and a period after. */
    noGit: string;
    /** `--since` outside a repository; `check` adds the option before it and a period after. */
    noRepository: string;
    /** `--since` naming a revision git does not know; `detail` is git's own complaint. */
    unknownRef: (ref: string, detail: string) => string;
    debugHint: string;
  };

  /** `npm run due`. */
  due: {
    usage: string;
    badFormat: (got: string) => string;
    badDays: (got: string) => string;
  };

  /** `npm run codeowners`; `file` is the CODEOWNERS file as the person would type its path. */
  codeowners: {
    usage: string;
    /** Plan or team files that fail their schema, so their owners or handles are left out. */
    invalid: (paths: readonly string[]) => string;
    upToDate: (file: string) => string;
    missing: (file: string) => string;
    outOfDate: (file: string) => string;
    wrote: (file: string) => string;
  };

  /** `npm run build`; `target` is the output folder, `staging` the folder the site was built in. */
  build: {
    couldNotStart: (message: string) => string;
    /** `signal` when the build was stopped (Ctrl-C), else undefined. */
    failed: (target: string, signal: string | undefined) => string;
    couldNotMove: (staging: string, target: string, message: string) => string;
  };

  /** `npm run schemas`. */
  schemas: {
    stale: (files: readonly string[]) => string;
    upToDate: string;
    wrote: (files: readonly string[]) => string;
  };
}
