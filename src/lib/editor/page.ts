import type { UiStrings } from '../../i18n/index.ts';
import type { Settings } from '../../schemas/settings.ts';

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
  strings: Pick<UiStrings['editor'], 'readOnlyBody' | 'noRepository' | 'yamlError' | 'tokenLabel' | 'signIn'>;
}

/** `owner/name` of a GitHub repository URL, or undefined for another host. */
function githubRepo(url: string | undefined): string | undefined {
  const match = url ? /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function editorPageData(settings: Settings, t: UiStrings, today?: string): EditorPageData {
  const repo = githubRepo(settings.repoUrl);
  const { editor } = settings;
  return {
    locale: settings.locale,
    ...(repo ? { repo } : {}),
    branch: editor.branch,
    ...(today ? { today } : {}),
    ...(editor.oauth
      ? { oauth: { baseUrl: editor.oauth.baseUrl, ...(editor.oauth.authEndpoint ? { authEndpoint: editor.oauth.authEndpoint } : {}) } }
      : {}),
    strings: {
      readOnlyBody: t.editor.readOnlyBody,
      noRepository: t.editor.noRepository,
      yamlError: t.editor.yamlError,
      tokenLabel: t.editor.tokenLabel,
      signIn: t.editor.signIn,
    },
  };
}
