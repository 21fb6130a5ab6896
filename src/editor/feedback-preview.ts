import { localDate } from '../lib/dates.ts';
import type { AccountSources, Feedback } from '../lib/editor/feedback.ts';
import { BODY_FIELD, toFile, type FieldOrder } from '../lib/editor/format.ts';
import type { EditorAccount } from '../lib/editor/page.ts';
import { takenPlace } from '../lib/editor/place.ts';
import { accountOf, ACCOUNT_FIELD, entryFile, NAME_FIELD, SHARED_SOURCES, TYPE_FIELD } from '../lib/editor/types.ts';
import type { Locale, UiStrings } from '../i18n/index.ts';
import type { Cms, PreviewProps } from './cms.ts';

/** The collections whose entries are files of an account, and so can be judged with it. */
const ACCOUNT_COLLECTIONS = ['plans', 'stakeholders', 'values'];

const STYLE = `
.keyplan-feedback { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 0 0 24px; }
.keyplan-feedback h2 { font-size: 16px; margin: 0 0 8px; }
.keyplan-feedback[data-state="blocked"] { border-color: #cf222e; }
.keyplan-feedback[data-state="ready"] { border-color: #1a7f37; }
.keyplan-feedback ul { margin: 8px 0 0; padding-left: 20px; }
.keyplan-feedback li { margin: 4px 0; }
.keyplan-feedback .where { color: #57606a; }
.keyplan-feedback code { font-size: 0.9em; background: #eff1f3; border-radius: 4px; padding: 0 4px; }
body { font: 16px/1.55 system-ui, sans-serif; color: #1f2328; }
`;

/**
 * The preview pane of plans, stakeholder maps and value propositions: above the body, the messages
 * the pull request's check will give the account with the entry as it stands in the form, updated as
 * the person types. The account's other files come from `/admin/checks/<account>.json`.
 */
export function registerFeedback(
  cms: Cms,
  options: {
    locale: Locale;
    today?: string;
    strings: UiStrings['editor']['feedback'];
    accounts: readonly EditorAccount[];
    /** The form's own refusals of a new entry's place, which the panel repeats. */
    accountStrings: UiStrings['editor']['account'];
    /** How a new file's keys are ordered when saved, so that its messages name the lines it will have. */
    order: FieldOrder;
  },
): void {
  const { h, createClass } = window;
  const { strings, locale } = options;
  const known = new Set(options.accounts.map((account) => account.id));
  const loaded = new Map<string, Promise<AccountSources | undefined>>();
  // The engine is a large module: it loads when the first preview opens, not with the page.
  const engine = () => import('../lib/editor/feedback.ts');
  const sourcesOf = (folder: string) => {
    // A new account is judged with the settings and team alone.
    const account = known.has(folder) ? folder : SHARED_SOURCES;
    let sources = loaded.get(account);
    if (!sources) {
      // From the site's root: `/admin` is served without its trailing slash too.
      const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}admin/checks/${encodeURIComponent(account)}.json`;
      sources = fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<AccountSources>) : undefined))
        .catch(() => undefined)
        .then((found) => {
          // A failed request is asked again by the next preview, not remembered for the session.
          if (!found) loaded.delete(account);
          return found;
        });
      loaded.set(account, sources);
    }
    return sources;
  };

  type Engine = Awaited<ReturnType<typeof engine>>;
  interface State {
    /** The entry the sources were loaded for: another entry in the same preview loads its own. */
    path?: string;
    sources?: AccountSources | undefined;
    feedback?: Engine;
  }
  type Self = {
    props: PreviewProps;
    state: State;
    setState(state: State): void;
    memo?: { key: string; feedback: Feedback };
    /** The entry whose sources were last asked for. */
    requested?: string;
  };
  /** A new entry's account folder and file name as the form holds them (see `ACCOUNT_FIELD`, `NAME_FIELD`). */
  const placeOf = (props: PreviewProps) => {
    // Three keys of the form, read where they are: not the whole form turned into plain objects.
    const field = (key: string) => props.entry.getIn(['data', key]);
    const text = (key: string) => {
      const value = field(key);
      return typeof value === 'string' ? value : '';
    };
    const type = field(TYPE_FIELD);
    return {
      type: type === 'plan' || type === 'stakeholders' || type === 'value' ? (type as 'plan' | 'stakeholders' | 'value') : undefined,
      account: text(ACCOUNT_FIELD),
      name: text(NAME_FIELD),
    };
  };
  /** Why the form will refuse a new entry's place (an id another file has), in the form's words. */
  const refusal = (props: PreviewProps): string | undefined => {
    if (props.entry.get('path')) return undefined;
    const { type, account, name } = placeOf(props);
    return type && takenPlace(type, { account, name }, options.accounts, options.accountStrings);
  };
  /**
   * The entry's file: where it was loaded from, or for a new entry, where it will be saved, once its
   * account folder (and a value proposition's file name) is filled in and free; empty until then.
   */
  const pathOf = (props: PreviewProps) => {
    const path = props.entry.get('path');
    if (typeof path === 'string' && path) return path;
    const { type, account, name } = placeOf(props);
    if (!type || !account || (type === 'value' && !name) || refusal(props)) return '';
    return `content/accounts/${entryFile(type, account, name)}.mdx`;
  };

  const Preview = createClass({
    getInitialState(): State {
      return {};
    },
    load(this: Self) {
      const path = pathOf(this.props);
      this.requested = path;
      void engine()
        .then(async (feedback) => {
          const account = accountOf(path);
          const sources = account ? await sourcesOf(account) : undefined;
          if (pathOf(this.props) === path) this.setState({ path, feedback, sources });
        })
        // Without the engine (a failed download) the panel says the check is unavailable.
        .catch(() => {
          if (pathOf(this.props) === path) this.setState({ path, sources: undefined });
        });
    },
    componentDidMount(this: Self & { load(): void }) {
      this.load();
    },
    componentDidUpdate(this: Self & { load(): void }) {
      if (this.requested !== pathOf(this.props)) this.load();
    },
    render(this: Self) {
      const { entry, widgetFor } = this.props;
      const path = pathOf(this.props);
      const { sources, feedback } = this.state;
      let panel: unknown;
      let state: 'pending' | 'blocked' | 'ready' = 'pending';
      if (!path)
        panel = h('p', null, refusal(this.props) ?? (placeOf(this.props).type === 'value' ? strings.chooseValue : strings.chooseAccount));
      else if (this.state.path !== path) panel = h('p', null, strings.loading);
      else if (!sources || !feedback) panel = h('p', null, strings.unavailable);
      else {
        const text = toFile(entry.get('data').toJS() as Record<string, unknown>, 'mdx', options.order);
        const key = `${path}\n${text}`;
        if (this.memo?.key !== key) {
          const today = options.today ?? localDate(new Date());
          this.memo = { key, feedback: feedback.entryFeedback(sources, path, text, { today, lang: locale }) };
        }
        panel = feedbackList(this.memo.feedback);
        state = this.memo.feedback.errors ? 'blocked' : 'ready';
      }
      return h(
        'div',
        null,
        h(
          'section',
          { className: 'keyplan-feedback', 'data-state': state, 'aria-live': 'polite', 'data-testid': 'feedback' },
          h('h2', null, strings.title),
          panel,
        ),
        widgetFor(BODY_FIELD),
      );
    },
  });

  function feedbackList(feedback: Feedback): unknown {
    const summary = feedback.errors ? strings.blocked(feedback.errors, feedback.warnings) : strings.ready;
    return [
      h('p', { key: 'summary' }, summary),
      feedback.score === undefined ? null : h('p', { key: 'score' }, strings.score(Math.round(feedback.score * 100))),
      feedback.messages.length === 0
        ? null
        : h(
            'ul',
            { key: 'messages' },
            feedback.messages.map((message, index) =>
              h(
                'li',
                { key: index },
                h('strong', null, message.severity === 'error' ? strings.error : strings.warning),
                ' ',
                h('span', { className: 'where' }, `${message.file}, ${strings.line(message.line)}: `),
                ...withCode(message.reason),
              ),
            ),
          ),
    ];
  }

  /** The message's text, its `code` spans (field names, values) set as code. */
  function withCode(text: string): unknown[] {
    return text.split('`').map((part, index) => (index % 2 ? h('code', { key: index }, part) : part));
  }

  cms.registerPreviewStyle(STYLE, { raw: true });
  for (const collection of ACCOUNT_COLLECTIONS) cms.registerPreviewTemplate(collection, Preview);
}
