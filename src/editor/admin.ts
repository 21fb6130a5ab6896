import config from './cms-config.json';
import { fromFile, toFile, type FieldOrder } from '../lib/editor/format.ts';
import { localizedConfig } from '../lib/editor/localize.ts';
import type { EditorPageData } from '../lib/editor/page.ts';
import { registerWidgets } from './widgets.ts';
import { registerFeedback } from './feedback-preview.ts';
import { uiStrings } from '../i18n/index.ts';
import { decapEs } from '../i18n/decap-es.ts';
import { withPhrases } from './locale.ts';
import { ACCOUNT_FIELD, NAME_FIELD } from '../lib/editor/types.ts';

/** Where Decap CMS keeps the signed-in user; a GitHub token stored here signs in without OAuth. */
const USER_KEY = 'decap-cms-user';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Starts the editor. On `localhost` the CMS first looks for `decap-server` (`npm run edit`, port
 * 8081, or the port in `?proxy=`) and edits the working copy through it; anywhere else it saves to
 * GitHub, each change on a branch of its own with a pull request (Decap's editorial workflow).
 */
export function startEditor(): void {
  const data = JSON.parse(document.getElementById('keyplan-editor')!.textContent!) as EditorPageData;
  const cms = window.CMS;
  const order = fieldOrder();
  cms.registerCustomFormat('keyplan-mdx', 'mdx', {
    fromFile: (text) => fromFile(text, 'mdx'),
    toFile: (entry) => toFile(entry, 'mdx', order),
  });
  cms.registerCustomFormat('keyplan-yaml', 'yaml', {
    fromFile: (text) => fromFile(text, 'yaml'),
    toFile: (entry) => toFile(entry, 'yaml', order),
  });
  // Decap's Spanish lacks some phrases of its interface ("Add", "Expand"…), which would show in English.
  if (data.locale === 'es') cms.registerLocale('es', withPhrases(cms.getLocale('es') ?? {}, decapEs));
  const { editor } = uiStrings(data.locale);
  registerWidgets(cms, { ...data.strings, account: editor.account }, data.accounts);
  unmarkPlaceFields();
  registerFeedback(cms, {
    locale: data.locale,
    ...(data.today ? { today: data.today } : {}),
    strings: editor.feedback,
    accounts: data.accounts,
    accountStrings: editor.account,
    order,
  });

  const local = LOCAL_HOSTS.has(location.hostname);
  if (!data.repo && !local) return showMessage(data.strings.noRepository);
  const port = Number(new URLSearchParams(location.search).get('proxy') ?? 8081);
  const backend = {
    name: 'github',
    repo: data.repo ?? 'local/working-copy',
    branch: data.branch,
    ...(data.oauth ? { base_url: data.oauth.baseUrl, auth_endpoint: data.oauth.authEndpoint ?? 'auth' } : {}),
  };
  const start = () =>
    cms.init({
      config: {
        // The forms in the site's language: collection names, labels and hints.
        ...localizedConfig(config, data.locale),
        load_config_file: false,
        locale: data.locale,
        backend,
        ...(local && Number.isInteger(port) ? { local_backend: { url: `http://${location.hostname}:${port}/api/v1` } } : {}),
      },
    });
  // Without the company's OAuth endpoint, people sign in with a GitHub token (see the README).
  if (!local && !data.oauth && !localStorage.getItem(USER_KEY)) return tokenForm(data.strings, start);
  start();
}

/** The order of each kind of file's fields in the forms, which a new file's keys follow. */
function fieldOrder(): FieldOrder {
  const order: FieldOrder = {};
  for (const collection of config.collections) {
    if (!('fields' in collection) || !collection.fields) continue;
    const names = collection.fields.map((field) => field.name);
    if ('filter' in collection && collection.filter) order[collection.filter.value as 'plan' | 'stakeholders' | 'value'] = names;
    else if (collection.name === 'team') order.yaml = names;
  }
  return order;
}

/**
 * A new entry's account folder and file name (`ACCOUNT_FIELD`, `NAME_FIELD`) are not required in
 * Decap's sense, because an entry that exists leaves them empty and shows its place read-only; but a
 * new entry cannot be saved without them (their widget refuses), so the "(optional)" Decap writes
 * after their labels would mislead. It is hidden, and so left out of the fields' accessible names.
 */
function unmarkPlaceFields(): void {
  const style = document.createElement('style');
  style.textContent = `${[ACCOUNT_FIELD, NAME_FIELD].map((name) => `label[for^="${name}-field-"] > span`).join(', ')} { display: none; }`;
  document.head.append(style);
}

function showMessage(text: string): void {
  const main = document.createElement('main');
  main.className = 'keyplan-editor-message';
  const p = document.createElement('p');
  p.textContent = text;
  main.append(p);
  document.body.append(main);
}

function tokenForm(strings: EditorPageData['strings'], start: () => void): void {
  const form = document.createElement('form');
  form.className = 'keyplan-editor-message';
  const label = document.createElement('label');
  label.textContent = strings.tokenLabel;
  const input = document.createElement('input');
  input.type = 'password';
  input.required = true;
  input.autocomplete = 'off';
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = strings.signIn;
  label.append(input);
  form.append(label, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    localStorage.setItem(USER_KEY, JSON.stringify({ backendName: 'github', token: input.value.trim() }));
    form.remove();
    start();
  });
  document.body.append(form);
}
