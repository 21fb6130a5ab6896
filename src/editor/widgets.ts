import { parse, stringify } from 'yaml';
import type { UiStrings } from '../i18n/index.ts';
import { idFromName, idProblem, MAX_ID_LENGTH } from '../lib/content/slug.ts';
import { editableBody } from '../lib/editor/body.ts';
import { bodyOf, SOURCE_FIELD } from '../lib/editor/format.ts';
import type { EditorAccount } from '../lib/editor/page.ts';
import { takenPlace } from '../lib/editor/place.ts';
import { ACCOUNT_FIELD, accountOf } from '../lib/editor/types.ts';
import type { Cms, WidgetProps } from './cms.ts';

/**
 * Three widgets Decap CMS lacks, built with the React helpers its bundle exposes (`h`, `createClass`):
 * the MDX body, which opens read-only when it is more than plain Markdown; YAML text for the few
 * settings (maps with free keys, either-or values) that no form widget can represent; and the account
 * folder of a new entry.
 */
export function registerWidgets(
  cms: Cms,
  strings: { readOnlyBody: string; yamlError: string; account: UiStrings['editor']['account'] },
  accounts: readonly EditorAccount[],
): void {
  const { h, createClass } = window;
  registerAccount(cms, strings.account, accounts);
  const markdown = cms.getWidget('markdown');

  const Body = createClass({
    render(this: { props: WidgetProps }) {
      const source = this.props.entry.getIn(['data', SOURCE_FIELD]);
      // Decided on the body as loaded, so typing a `<` into a plain body never locks it.
      const loaded = typeof source === 'string' ? bodyOf(source) : '';
      if (editableBody(loaded)) return h(markdown.control, this.props);
      return h(
        'div',
        { className: 'keyplan-readonly', 'data-testid': 'readonly-body' },
        h('p', { role: 'note' }, strings.readOnlyBody),
        h('pre', { tabIndex: 0 }, loaded),
      );
    },
  });
  cms.registerWidget('keyplan-body', Body, markdown.preview);

  const Yaml = createClass({
    getInitialState(this: { props: WidgetProps }) {
      const value = this.props.value;
      const data = value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
      return { text: data === undefined || data === null ? '' : stringify(data, { lineWidth: 0 }), error: undefined };
    },
    isValid(this: { state: { error?: string } }) {
      return this.state.error ? { error: { message: this.state.error } } : true;
    },
    render(this: { props: WidgetProps; state: { text: string; error?: string }; setState(state: object): void }) {
      const onChange = (event: { target: { value: string } }) => {
        const text = event.target.value;
        try {
          const data: unknown = text.trim() ? parse(text) : undefined;
          this.setState({ text, error: undefined });
          this.props.onChange(data);
        } catch (error) {
          this.setState({ text, error: `${strings.yamlError} ${(error as Error).message.split('\n')[0] ?? ''}` });
        }
      };
      return h(
        'div',
        null,
        h('textarea', {
          id: this.props.forID,
          className: this.props.classNameWrapper,
          value: this.state.text,
          onChange,
          onFocus: this.props.setActiveStyle,
          onBlur: this.props.setInactiveStyle,
          rows: Math.max(4, this.state.text.split('\n').length + 1),
          spellCheck: false,
          style: { fontFamily: 'monospace' },
        }),
        this.state.error ? h('p', { role: 'alert' }, this.state.error) : null,
      );
    },
  });
  cms.registerWidget('keyplan-yaml', Yaml);
}

type Self = { props: WidgetProps; suggested?: string; timer?: ReturnType<typeof setInterval> };

/** How often, in milliseconds, a new id looks at the name it follows. */
const FOLLOW_EVERY = 250;

/**
 * The ids that place a new entry (see `ACCOUNT_FIELD` and `NAME_FIELD`), by the field's `names`:
 * - `new-account`: a new plan's account folder, a text box that follows the client's name;
 * - `account`: a new stakeholder map's or value proposition's account, chosen among the accounts
 *   (for a map, with `unique`, those without one);
 * - `value`: a new value proposition's file name, a text box that follows its title.
 * A text box follows its name while it is empty or holds what it last suggested, so an id the person
 * typed stays. On an entry that exists the field only shows where the file is: moving or renaming a
 * file is a change for git.
 */
function registerAccount(cms: Cms, strings: UiStrings['editor']['account'], accounts: readonly EditorAccount[]): void {
  const { h, createClass } = window;
  const isNew = (props: WidgetProps) => Boolean(props.entry.get('newRecord'));
  const names = (props: WidgetProps) => props.field.get('names') as 'new-account' | 'account' | 'value';
  const valueOf = (props: WidgetProps) => (typeof props.value === 'string' ? props.value : '');
  /** What a text box suggests now: the id of the name it follows. */
  const suggestion = (props: WidgetProps) => {
    const name = props.getEntry().getIn(['data', names(props) === 'value' ? 'title' : 'account']);
    return typeof name === 'string' ? idFromName(name) : '';
  };
  const fail = (message: string) => ({ error: { message } });

  const Account = createClass({
    componentDidMount(this: Self & { follow(): void }) {
      if (!isNew(this.props) || names(this.props) === 'account') return;
      // Drawn again (the preview toggled, a backup restored), it keeps following only what it suggested.
      if (valueOf(this.props) === suggestion(this.props)) this.suggested = valueOf(this.props);
      // Decap redraws a widget only when its own value changes, so the name is looked at a few times a second.
      this.timer = setInterval(() => this.follow(), FOLLOW_EVERY);
    },
    componentWillUnmount(this: Self) {
      clearInterval(this.timer);
    },
    follow(this: Self) {
      const value = valueOf(this.props);
      if (value !== '' && value !== this.suggested) return;
      const next = suggestion(this.props);
      this.suggested = next;
      if (next !== value) this.props.onChange(next);
    },
    isValid(this: Self) {
      const { props } = this;
      if (!isNew(props)) return true;
      const value = valueOf(props);
      let taken: string | undefined;
      if (names(props) === 'account') {
        if (!accounts.some((account) => account.id === value)) return fail(strings.missing);
        if (props.field.get('unique')) taken = takenPlace('stakeholders', { account: value }, accounts, strings);
      } else {
        const problem = idProblem(value);
        if (problem === 'pattern') return fail(strings.badId);
        if (problem === 'length') return fail(strings.longId(MAX_ID_LENGTH));
        if (problem === 'device') return fail(strings.reserved(value));
        taken =
          names(props) === 'new-account'
            ? takenPlace('plan', { account: value }, accounts, strings)
            : takenPlace(
                'value',
                { account: String(props.getEntry().getIn(['data', ACCOUNT_FIELD]) ?? ''), name: value },
                accounts,
                strings,
              );
      }
      return taken ? fail(taken) : true;
    },
    render(this: Self) {
      const { props } = this;
      const common = { id: props.forID, className: props.classNameWrapper, onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle };
      if (!isNew(props)) {
        const path = String(props.getEntry().get('path') ?? '');
        const shown = names(props) === 'value' ? (/([^/]+)\.mdx$/.exec(path)?.[1] ?? '') : `content/accounts/${accountOf(path) ?? ''}/`;
        return h('input', { ...common, value: shown, readOnly: true, 'aria-readonly': 'true' });
      }
      if (names(props) !== 'account') {
        return h('input', {
          ...common,
          value: valueOf(props),
          spellCheck: false,
          autoComplete: 'off',
          onChange: (event: { target: { value: string } }) => props.onChange(event.target.value.trim()),
        });
      }
      const offered = accounts.filter((account) => !(props.field.get('unique') && account.map));
      return h(
        'select',
        { ...common, value: valueOf(props), onChange: (event: { target: { value: string } }) => props.onChange(event.target.value) },
        h('option', { value: '' }, strings.choose),
        ...offered.map((account) => h('option', { key: account.id, value: account.id }, `${account.name} (${account.id})`)),
      );
    },
  });
  cms.registerWidget('keyplan-account', Account);
}
