import type { AccountHistory } from './git-history.ts';
import type { LoadedPortfolio } from './portfolio-fs.ts';
import type { UiStrings } from '../i18n/index.ts';
import type { AudiencePolicy } from '../lib/audience.ts';
import type { Account, PlanReport, Portfolio } from '../lib/model.ts';
import type { AccountSummary } from '../lib/view/accounts.ts';
import type { Formatter } from '../lib/view/format.ts';
import type { Urls } from '../lib/view/urls.ts';

/**
 * The shapes of what one build shares (`build-state.ts`), apart from the modules that make them
 * (`site-data.ts`, `client-bodies.ts`), which read the build state themselves.
 */

/** What every page needs, computed once per build. */
export interface SiteData {
  portfolio: LoadedPortfolio['portfolio'];
  /** The audience this build is for (`KEYPLAN_AUDIENCE`); absent for the full internal site. */
  audience?: string;
  /** The audience rule of this build (`src/lib/audience.ts`): what every output may show. */
  policy: AudiencePolicy;
  /** The portfolio as the client-shareable plan view may show it (`settings.clientView`). */
  client: Portfolio;
  /** Completeness per account id; missing while the engine does not compute it. */
  reports?: ReadonlyMap<string, PlanReport>;
  /** `YYYY-MM-DD`: the engine's "today" (`KEYPLAN_TODAY` or the current date). */
  today: string;
  summaries: AccountSummary[];
  t: UiStrings;
  fmt: Formatter;
  urls: Urls;
  /** Whether an account's stakeholder notes may be shown to this build's audience. */
  notesVisible(account: Account): boolean;
  /**
   * The paths of an account this build's audience may not see (its `hide` and the plan's
   * `confidential`, read from the full content); empty in the full build.
   */
  hiddenPaths(accountId: string): readonly string[];
  /** What changed in an account, from git, in the site's language, without the hidden paths' changes. */
  history(accountId: string): AccountHistory;
  /** Last commit date of a content file (`Doc.path`), if git knows one. */
  lastUpdated(path: string): string | undefined;
  /**
   * The file's path inside the repository, for "Edit this page"; missing when the file lies
   * outside it. Outside git, the project folder is taken as the repository's top.
   */
  repoPath(path: string): string | undefined;
}

/** One body of a client view: a plan's, or a value proposition's shown under its title. */
export interface ClientBody {
  /** `<account>/plan` or `<account>/value/<name>`: its id in the `clientBodies` collection. */
  id: string;
  account: string;
  /** The value proposition's name; absent for the plan. */
  value?: string;
  /** Absolute path of the file it is cut from. */
  source: string;
  /** The MDX source cut to `settings.clientView.sections`, with the client view's data as frontmatter (`clientBody`). */
  text: string;
  /** Plain Markdown (`markdownOnly`): rendered into the content data store rather than compiled as MDX. */
  markdown: boolean;
}
