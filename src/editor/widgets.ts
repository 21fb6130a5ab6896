import { parse, stringify } from 'yaml';
import { editableBody } from '../lib/editor/body.ts';
import { bodyOf, SOURCE_FIELD } from '../lib/editor/format.ts';
import type { Cms, WidgetProps } from './cms.ts';

/**
 * Two widgets Decap CMS lacks, built with the React helpers its bundle exposes (`h`, `createClass`):
 * the MDX body, which opens read-only when it is more than plain Markdown, and YAML text for the few
 * settings (maps with free keys, either-or values) that no form widget can represent.
 */
export function registerWidgets(cms: Cms, strings: { readOnlyBody: string; yamlError: string }): void {
  const { h, createClass } = window;
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
