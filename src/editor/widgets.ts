import { parse, stringify } from 'yaml';
import type { UiStrings } from '../i18n/index.ts';
import { idFromName, SLUG } from '../lib/content/slug.ts';
import { editableBody } from '../lib/editor/body.ts';
import { bodyOf, SOURCE_FIELD } from '../lib/editor/format.ts';
import type { EditorAccount } from '../lib/editor/page.ts';
import { accountOf } from '../lib/editor/types.ts';
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

type Self = { props: WidgetProps; state: { typed: boolean }; setState(state: object): void };

/** How often, in milliseconds, a new account's id looks at the client's name. */
const FOLLOW_EVERY = 250;

/**
 * The account folder of an entry (see `ACCOUNT_FIELD`). On a new plan it is the new account's id, a
 * text box that follows the client's name until the person types in it; on a new stakeholder map or
 * value proposition, a choice among the accounts (for a map, those without one). On an entry that
 * exists it only names the folder: moving a file between accounts is a change for git.
 */
function registerAccount(cms: Cms, strings: UiStrings['editor']['account'], accounts: readonly EditorAccount[]): void {
  const { h, createClass } = window;
  const isNew = (props: WidgetProps) => Boolean(props.entry.get('newRecord'));
  const creates = (props: WidgetProps) => props.field.get('folder') === 'new';
  const offered = (props: WidgetProps) => accounts.filter((account) => !(props.field.get('unique') && account.map));
  const valueOf = (props: WidgetProps) => (typeof props.value === 'string' ? props.value : '');

  const Account = createClass({
    getInitialState() {
      return { typed: false };
    },
    componentDidMount(this: Self & { follow(): void; timer?: ReturnType<typeof setInterval> }) {
      // Decap redraws a widget only when its own value changes, so the name is looked at a few times a second.
      if (isNew(this.props) && creates(this.props)) this.timer = setInterval(() => this.follow(), FOLLOW_EVERY);
    },
    componentWillUnmount(this: { timer?: ReturnType<typeof setInterval> }) {
      clearInterval(this.timer);
    },
    /** A new account's id follows the client's name until the person types one. */
    follow(this: Self) {
      if (this.state.typed) return;
      const name = this.props.getEntry().getIn(['data', 'account']);
      const suggested = typeof name === 'string' ? idFromName(name) : '';
      if (suggested !== valueOf(this.props)) this.props.onChange(suggested);
    },
    isValid(this: Self) {
      if (!isNew(this.props)) return true;
      const value = valueOf(this.props);
      const fail = (message: string) => ({ error: { message } });
      if (!value) return fail(creates(this.props) ? strings.badId : strings.missing);
      if (creates(this.props)) {
        if (!SLUG.test(value)) return fail(strings.badId);
        return accounts.some((account) => account.id === value) ? fail(strings.taken(value)) : true;
      }
      const account = accounts.find((candidate) => candidate.id === value);
      if (!account) return fail(strings.missing);
      return this.props.field.get('unique') && account.map ? fail(strings.hasMap(account.name)) : true;
    },
    render(this: Self) {
      const { props } = this;
      const common = { id: props.forID, className: props.classNameWrapper, onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle };
      if (!isNew(props)) {
        const folder = accountOf(String(props.getEntry().get('path') ?? '')) ?? '';
        return h('input', { ...common, value: `content/accounts/${folder}/`, readOnly: true, 'aria-readonly': 'true' });
      }
      if (creates(props)) {
        return h('input', {
          ...common,
          value: valueOf(props),
          spellCheck: false,
          autoComplete: 'off',
          onChange: (event: { target: { value: string } }) => {
            this.setState({ typed: true });
            props.onChange(event.target.value.trim());
          },
        });
      }
      return h(
        'select',
        { ...common, value: valueOf(props), onChange: (event: { target: { value: string } }) => props.onChange(event.target.value) },
        h('option', { value: '' }, strings.choose),
        ...offered(props).map((account) => h('option', { key: account.id, value: account.id }, `${account.name} (${account.id})`)),
      );
    },
  });
  cms.registerWidget('keyplan-account', Account);
}
