/** The parts of Decap CMS's browser bundle (`window.CMS` and its React helpers) that the editor uses. */

type Entry = { get(key: 'path' | 'newRecord'): unknown; getIn(path: string[]): unknown };

export interface WidgetProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  /**
   * The entry being edited (an Immutable map): `path` and `newRecord` through `get`, its data through
   * `getIn(['data', …])`. Decap passes it as it was when the widget last drew; `getEntry` returns it as it is.
   */
  entry: Entry;
  getEntry(): Entry;
  /** The field's configuration (an Immutable map). */
  field: { get(key: string): unknown };
}

type Component = unknown;

/** What Decap CMS hands a preview template: the entry being edited, and its fields' own previews. */
export interface PreviewProps {
  /** An Immutable map: `path`, `newRecord` and `data` (itself a map, with `toJS()`). */
  entry: { get(key: 'path' | 'newRecord'): unknown; get(key: 'data'): { toJS(): unknown }; getIn(path: string[]): unknown };
  widgetFor(field: string): Component;
}

export interface Cms {
  init(options: { config: object }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): object; toFile(data: Record<string, unknown>): string },
  ): void;
  registerWidget(name: string, control: Component, preview?: Component): void;
  getWidget(name: string): { control: Component; preview: Component };
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(collection: string, component: Component): void;
  /** The phrases of Decap's interface in `locale`, as registered (every translation ships with it). */
  getLocale(locale: string): DecapPhrases | undefined;
  registerLocale(locale: string, phrases: DecapPhrases): void;
}

/** A Decap interface dictionary: phrases by nested key. */
export type DecapPhrases = { [key: string]: string | DecapPhrases };

declare global {
  interface Window {
    CMS: Cms;
    CMS_MANUAL_INIT?: boolean;
    /** React's `createElement`. */
    h(type: Component, props: object | null, ...children: unknown[]): Component;
    /** React's `create-react-class`. */
    createClass(spec: object): Component;
  }
}
