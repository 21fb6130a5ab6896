import { Document, isScalar, parseDocument, Scalar, type ToStringOptions } from 'yaml';
import { editableBody } from './body.ts';
import { isEmptyValue, planEdits, pruned, type Edit } from './edits.ts';
import { ACCOUNT_FIELD, contentType, NAME_FIELD, TYPE_FIELD } from './types.ts';

/**
 * The editor's file format: what the CMS reads from a content file and what it writes back.
 *
 * A CMS serialises the whole file again on every save, which would rewrite quoting, comments, key
 * order and line breaks the author never touched, and make every review a wall of noise. This layer
 * remembers the text it loaded (in a field the forms never show) and writes a save as edits to that
 * text: an unchanged entry is returned byte for byte, a changed scalar is replaced where it stands,
 * and anything else goes through the `yaml` package's Document API, which keeps comments, key order
 * and quoting around the change.
 */

/** The data field that carries the file's text from `fromFile` to `toFile`; never a form field. */
export const SOURCE_FIELD = '__keyplanSource';
/** The data field of an MDX file's body (the CMS's default `body` field). */
export const BODY_FIELD = 'body';

export type FileKind = 'mdx' | 'yaml';
type Data = Record<string, unknown>;

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/m;

interface Parts {
  /** Everything before the YAML text: a BOM and the opening `---` line, or nothing for a YAML file. */
  head: string;
  yaml: string;
  /** The closing `---` line and the body, or nothing for a YAML file. */
  close: string;
  body: string;
}

function split(text: string, kind: FileKind): Parts {
  if (kind === 'yaml') return { head: text.startsWith('\uFEFF') ? '\uFEFF' : '', yaml: text.replace(/^\uFEFF/, ''), close: '', body: '' };
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return { head: '', yaml: '', close: '', body: text };
  const [whole, head = '', yaml = '', close = ''] = match;
  return { head, yaml, close, body: text.slice(whole.length) };
}

/** The body of an MDX file's text, as `fromFile` loaded it. */
export function bodyOf(text: string): string {
  return split(text, 'mdx').body;
}

/** Reads a content file into the CMS's entry data: the frontmatter fields, the body, and the text. */
export function fromFile(text: string, kind: FileKind): Data {
  const { yaml, body } = split(text, kind);
  const data = parseDocument(yaml).toJS() as unknown;
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
  const extra = kind === 'mdx' ? { [BODY_FIELD]: body, [TYPE_FIELD]: contentType(fields) } : {};
  return { ...fields, ...extra, [SOURCE_FIELD]: text };
}

/**
 * The order of a new file's keys, as the form lists its fields: by kind of MDX file, and for a new
 * YAML file (a team member).
 */
export type FieldOrder = Partial<Record<'plan' | 'stakeholders' | 'value' | 'yaml', readonly string[]>>;

/** Writes the CMS's entry data back as file text, changing only what the data changed. */
export function toFile(entry: Data, kind: FileKind, order: FieldOrder = {}): string {
  const {
    [SOURCE_FIELD]: source,
    [BODY_FIELD]: body,
    [TYPE_FIELD]: _type,
    [ACCOUNT_FIELD]: _account,
    [NAME_FIELD]: _name,
    ...fields
  } = entry;
  if (typeof source !== 'string') {
    const type = kind === 'yaml' ? 'yaml' : contentType(fields);
    return newFile(fields, body, kind, (type && order[type]) ?? []);
  }
  const parts = split(source, kind);
  const doc = parseDocument(parts.yaml);
  const before = (doc.toJS() as Data | null) ?? {};
  const yaml = applyEdits(parts.yaml, doc, planEdits(before, fields));
  return parts.head + yaml + parts.close + nextBody(parts.body, body, source);
}

/**
 * The body to write: the original text unless the person changed it. A body that is more than plain
 * Markdown (imports, JSX, expressions) is never rewritten: the editor shows it read-only.
 */
function nextBody(original: string, edited: unknown, source: string): string {
  if (typeof edited !== 'string' || !editableBody(original)) return original;
  if (edited === original || edited.trim() === original.trim()) return original;
  const crlf = source.includes('\r\n');
  const text = edited.replace(/\r\n/g, '\n');
  // Keep the blank line after the frontmatter and the final newline the file had.
  const lead = /^\r?\n/.test(original) && !text.startsWith('\n') ? '\n' : '';
  const tail = /\n$/.test(original) && !text.endsWith('\n') ? '\n' : '';
  const body = lead + text + tail;
  return crlf ? body.replace(/\n/g, '\r\n') : body;
}

/** A new file: its keys in the form's order, without the fields left empty, and the body if there is one. */
function newFile(fields: Data, body: unknown, kind: FileKind, order: readonly string[]): string {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  // Fields cleared inside a group (a target typed, then deleted) are left out too, not written empty.
  const entries = Object.entries(pruned(fields) as Data).filter(([, value]) => !isEmptyValue(value));
  const data = Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
  const yaml = new Document(data).toString(STYLE);
  if (kind === 'yaml') return yaml;
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/** How new YAML is written: as the sample content is (block lists indented, flow lists unpadded, no folding). */
const STYLE: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true };

/**
 * Applies the edits to the YAML text. When every edit replaces one scalar with another on one line,
 * the new value is written over the old one's characters and nothing else moves; otherwise the
 * document is edited and printed again (comments and untouched quoting survive, the layout of the
 * rest may be normalised).
 */
function applyEdits(text: string, doc: Document, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const spliced = spliceScalars(text, doc, edits);
  if (spliced !== undefined) return spliced;
  for (const edit of edits) {
    if (edit.kind === 'delete') doc.deleteIn(edit.path);
    else doc.setIn(edit.path, doc.createNode(edit.value));
  }
  const crlf = text.includes('\r\n');
  const printed = doc.toString({ ...STYLE, indentSeq: !/^[ \t]*\w[^\n]*:\r?\n- /m.test(text) });
  return crlf ? printed.replace(/\r?\n/g, '\r\n') : printed;
}

function spliceScalars(text: string, doc: Document, edits: Edit[]): string | undefined {
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const edit of edits) {
    if (edit.kind !== 'set' || !isPlainScalar(edit.value)) return undefined;
    const node = doc.getIn(edit.path, true);
    if (!isScalar(node) || !node.range || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') return undefined;
    const written = scalarText(edit.value, node);
    if (written === undefined) return undefined;
    replacements.push({ start: node.range[0], end: node.range[1], text: written });
  }
  let result = text;
  for (const { start, end, text: written } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + written + result.slice(end);
  }
  return result;
}

function isPlainScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The new value written as one line, quoted as the old value was where a string allows it. */
function scalarText(value: string | number | boolean, old: Scalar): string | undefined {
  const node = new Scalar(value);
  if (typeof value === 'string' && typeof old.value === 'string' && (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE'))
    node.type = old.type;
  const written = new Document(node).toString(STYLE).replace(/\n$/, '');
  return written.includes('\n') ? undefined : written;
}
