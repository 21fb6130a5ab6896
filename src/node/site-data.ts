import type { PlanReport } from '../lib/model.ts';
import { summarize } from '../lib/view/accounts.ts';
import { createFormatter } from '../lib/view/format.ts';
import { createUrls } from '../lib/view/urls.ts';
import { uiStrings } from '../i18n/index.ts';
import { relative, resolve } from 'node:path';
import { accountHistory, commitDates, repositoryRoot } from './git-history.ts';
import { contentDir } from './paths.ts';
import type { SiteData } from './build-types.ts';
import { buildState } from './build-state.ts';
import type { EnumField } from '../lib/history/changes.ts';
import type { Account } from '../lib/model.ts';

export function siteData(): SiteData {
  // Kept in the build state: computed once per build state, so a state read afresh starts anew.
  const state = buildState();
  if (state.site) return state.site;
  // An audience build sees the portfolio with its hidden fields removed from the data itself; the
  // completeness details are internal governance and would reveal hidden facts, so they are left out.
  const { loaded, audience, policy, portfolio, client } = state;
  const reports: ReadonlyMap<string, PlanReport> | undefined = policy.completenessVisible ? loaded.completeness : undefined;
  const { today } = loaded;
  // One `git log` per build serves both the pages' "last updated" dates and the account histories.
  const dates = commitDates(contentDir());
  const root = repositoryRoot(contentDir());
  const { locale } = portfolio.settings;
  const t = uiStrings(locale);
  const fmt = createFormatter(locale);
  // The full content: an audience build's portfolio may have lost `confidential` itself.
  const fullAccounts = new Map(loaded.portfolio.accounts.map((account) => [account.id, account]));
  const fullAccount = (accountId: string): Account | undefined => fullAccounts.get(accountId);
  const hiddenPaths = (accountId: string): readonly string[] => {
    const account = fullAccount(accountId);
    return account ? policy.hiddenPaths(account) : [];
  };
  // Enum labels are capitalised for table cells; inside a sentence they read lower case.
  const labels: Record<EnumField, Readonly<Record<string, string | undefined>>> = t.labels;
  const site: SiteData = {
    portfolio,
    ...(audience ? { audience } : {}),
    policy,
    client,
    ...(reports ? { reports } : {}),
    today,
    summaries: summarize(portfolio.accounts, portfolio.settings, reports, today),
    t,
    fmt,
    urls: createUrls(import.meta.env.BASE_URL),
    notesVisible: (account) => policy.notesVisible(fullAccount(account.id) ?? account),
    hiddenPaths,
    history: (accountId) => {
      const account = fullAccount(accountId);
      return accountHistory(accountId, {
        locale,
        ...(account ? { filter: policy.history(account) } : {}),
        memberName: (id) => portfolio.team.get(id)?.data.name,
        offeringName: (id) => portfolio.settings.offerings.find((offering) => offering.id === id)?.name,
        label: (field, value) => labels[field][value]?.toLocaleLowerCase(locale),
        date: (iso) => fmt.date(iso),
      });
    },
    lastUpdated: (path) => dates.get(path),
    repoPath: (path) => {
      const inside = relative(root ?? process.cwd(), resolve(path))
        .split('\\')
        .join('/');
      return inside.startsWith('../') || inside === '..' ? undefined : inside;
    },
  };
  state.site = site;
  state.siteReady?.(site);
  return site;
}
