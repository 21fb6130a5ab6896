import type { UiStrings } from '../../i18n/index.ts';
import type { Settings } from '../../schemas/settings.ts';
import type { Portfolio } from '../model.ts';

/** An account folder as the editor offers it for a new stakeholder map or value proposition. */
export interface EditorAccount {
  id: string;
  /** The client's name from the plan, or the folder's id when the plan is missing or invalid. */
  name: string;
  /** Whether the folder has a stakeholder map, which an account has only one of. */
  map: boolean;
  /** The file names (ids) of its value propositions, which a new one may not take. */
  values: string[];
}

/** What the editor page hands its script: where plans live and how people sign in. */
export interface EditorPageData {
  locale: Settings['locale'];
  /** `owner/name` of the GitHub repository, from `settings.repoUrl`. */
  repo?: string;
  branch: string;
  /** The day the live check judges plans against when the build pinned one (`KEYPLAN_TODAY`); else the reader's date. */
  today?: string;
  /** The company's own OAuth endpoint for GitHub sign-in (Decap's `base_url` and `auth_endpoint`). */
  oauth?: { baseUrl: string; authEndpoint?: string };
  /** The account folders as the site was built, by client name. */
  accounts: EditorAccount[];
  strings: Pick<UiStrings['editor'], 'readOnlyBody' | 'noRepository' | 'yamlError' | 'tokenLabel' | 'signIn'>;
}

/** `owner/name` of a GitHub repository URL, or undefined for another host. */
function githubRepo(url: string | undefined): string | undefined {
  const match = url ? /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * The files each account folder holds, valid or not: a map or a proposition that failed its check
 * (a dev server builds with errors) still takes its place, so that the editor does not offer to
 * create a second one.
 */
function filesOf(portfolio: Pick<Portfolio, 'accounts' | 'invalid'>) {
  const broken = new Map<string, { map: boolean; values: string[] }>();
  for (const path of portfolio.invalid) {
    const match = /(?:^|\/)accounts\/([^/]+)\/(?:(stakeholders)\.mdx|value\/([^/]+)\.mdx)$/.exec(path);
    if (!match) continue;
    const found = broken.get(match[1]!) ?? { map: false, values: [] };
    if (match[2]) found.map = true;
    else found.values.push(match[3]!);
    broken.set(match[1]!, found);
  }
  return (account: Portfolio['accounts'][number]) => ({
    map: account.stakeholders !== undefined || broken.get(account.id)?.map === true,
    values: [...account.values.map((value) => value.name), ...(broken.get(account.id)?.values ?? [])].sort(),
  });
}

export function editorPageData(
  portfolio: Pick<Portfolio, 'settings' | 'accounts' | 'invalid'>,
  t: UiStrings,
  today?: string,
): EditorPageData {
  const { settings } = portfolio;
  const repo = githubRepo(settings.repoUrl);
  const files = filesOf(portfolio);
  const accounts = portfolio.accounts
    .map((account) => ({ id: account.id, name: account.plan?.data.account ?? account.id, ...files(account) }))
    .sort((a, b) => a.name.localeCompare(b.name, settings.locale));
  const { editor } = settings;
  return {
    locale: settings.locale,
    ...(repo ? { repo } : {}),
    branch: editor.branch,
    ...(today ? { today } : {}),
    ...(editor.oauth
      ? { oauth: { baseUrl: editor.oauth.baseUrl, ...(editor.oauth.authEndpoint ? { authEndpoint: editor.oauth.authEndpoint } : {}) } }
      : {}),
    accounts,
    strings: {
      readOnlyBody: t.editor.readOnlyBody,
      noRepository: t.editor.noRepository,
      yamlError: t.editor.yamlError,
      tokenLabel: t.editor.tokenLabel,
      signIn: t.editor.signIn,
    },
  };
}
