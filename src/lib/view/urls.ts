/**
 * Site URLs in one place, so pages never spell a route by hand. `base` is Astro's `BASE_URL`
 * (`/` unless the site is served from a sub-path).
 */
export function createUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: at(''),
    accounts: at('accounts/'),
    account: (id: string) => at(`accounts/${id}/`),
    value: (accountId: string, name: string) => at(`accounts/${accountId}/value/${name}/`),
    /** The client-shareable, print-ready plan view. */
    clientView: (id: string) => at(`accounts/${id}/client/`),
    team: at('team/'),
    member: (id: string) => at(`team/${id}/`),
    search: at('search/'),
    portfolio: at('portfolio/'),
    index: (dimension: string) => at(`portfolio/by/${dimension}/`),
    matrix: at('portfolio/matrix/'),
    revenue: at('portfolio/revenue/'),
    whitespace: at('portfolio/whitespace/'),
    kpis: at('portfolio/kpis/'),
    actions: at('portfolio/actions/'),
    people: at('people/'),
    exportJson: at('api/portfolio.json'),
    exportCsv: at('api/portfolio.csv'),
    /** iCalendar feeds: the whole portfolio, and one team member's. */
    calendar: at('calendar/portfolio.ics'),
    memberCalendar: (id: string) => at(`calendar/team/${id}.ics`),
  };
}

export type Urls = ReturnType<typeof createUrls>;

/**
 * "Edit this page" on the repository host: `<repoUrl>/edit/main/<path>`. GitHub, GitLab and Gitea
 * all accept this form. Missing when the settings name no repository.
 */
export function editUrl(repoUrl: string | undefined, path: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/edit/main/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The commits that touched a file or folder on the repository host: `<repoUrl>/commits/main/<path>`,
 * as GitHub writes it. Missing when the settings name no repository.
 */
export function historyUrl(repoUrl: string | undefined, path: string): string | undefined {
  if (!repoUrl) return undefined;
  return `${repoUrl.replace(/\/+$/, '')}/commits/main/${path.split('/').map(encodeURIComponent).join('/')}`;
}
