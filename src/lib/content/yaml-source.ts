import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Point } from 'unist';

/** How many times aliases may be expanded in one file; content files need none or a few. */
const MAX_ALIASES = 50;

/** A path into parsed data: object keys and array indexes. */
export type DataPath = readonly PropertyKey[];

/** Parsed YAML with the means to point at any key or value in the original file. */
export interface YamlSource {
  data: unknown;
  /** Syntax problems, already placed in file coordinates. */
  errors: { reason: string; place: Point }[];
  /** Position of the key (or, failing that, the value) at `path`, or of the nearest ancestor that exists. */
  locate(path: DataPath, target?: 'key' | 'value'): Point;
}

/** Where YAML text sits inside its file (frontmatter starts after the opening `---`). */
export interface YamlOffset {
  line: number;
  offset: number;
}

/** Anything that looks like an alias (`*name`): such files take the careful path, which caps expansion. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/;

/**
 * Parses YAML 1.2 (core schema, so dates stay the strings people wrote and are validated as such).
 *
 * Most files are valid and nobody asks where their fields are, so the data comes from js-yaml, which is
 * several times faster; the `yaml` syntax tree that maps data paths back to lines and columns is built
 * only when a message needs a position, or when the file has a syntax error or aliases.
 */
export function parseYamlSource(text: string, at: YamlOffset = { line: 0, offset: 0 }): YamlSource {
  if (!ALIAS.test(text)) {
    try {
      const data = load(text, { schema: CORE_SCHEMA });
      let located: YamlSource | undefined;
      return {
        data,
        errors: [],
        locate: (path, target) => (located ??= parseYamlDocument(text, at)).locate(path, target),
      };
    } catch {
      // A syntax error: the careful parser below reports it, in its own words and at its position.
    }
  }
  return parseYamlDocument(text, at);
}

/** The careful path: a full `yaml` document with positions, unique keys and capped aliases. */
function parseYamlDocument(text: string, at: YamlOffset = { line: 0, offset: 0 }): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPoint = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + at.line, column: col, offset: offset + at.offset };
  };
  const errors = doc.errors.map((error) => ({
    reason: error.message.split('\n')[0] ?? error.message,
    place: toPoint(error.pos[0]),
  }));
  let data: unknown = undefined;
  if (errors.length === 0) {
    try {
      // Aliases are expanded into data; cap them so a "billion laughs" file cannot exhaust memory.
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const message = (error as Error).message;
      const reason = /alias count/i.test(message)
        ? `its aliases (\`*name\`) expand more than ${MAX_ALIASES} times, which Keyplan refuses so that a file cannot exhaust memory ("billion laughs"); write the values out instead of repeating aliases`
        : message.replace(/\.$/, '');
      errors.push({ reason, place: toPoint(0) });
    }
  }
  const root = toPoint(0);

  function locate(path: DataPath, target: 'key' | 'value' = 'key'): Point {
    let node: unknown = doc.contents;
    let place: Point = node && (node as YamlNode).range ? toPoint((node as YamlNode).range![0]) : root;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return place;
        const key = pair.key as YamlNode;
        const value = pair.value as YamlNode | null;
        place = toPoint((target === 'value' && value?.range ? value.range : key.range!)[0]);
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item?.range) return place;
        place = toPoint(item.range[0]);
        node = item;
      } else {
        return place;
      }
    }
    return place;
  }

  return { data, errors, locate };
}
