import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent, Point } from 'unist';
import { outline, type BodyOutline } from './body.ts';
import { MAX_BODY_DEPTH } from './limits.ts';
import { checkStrictBody, type AllowlistFinding } from './body-allowlist.ts';
import { ESM_LINE } from './esm-line.ts';
import { checkMdxSafety, type SafetyFinding } from './mdx-safety.ts';
import { walkTree } from './walk.ts';
import type { YamlOffset } from './yaml-source.ts';

// No YAML parser here: this module is all a parse worker loads (see `src/node/parse-pool.ts`).

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const bodyProcessor = unified().use(remarkParse).use(remarkMdx);

/** A syntax problem (MDX or YAML) with its position. */
export interface SyntaxProblem {
  /** In English; the engine words it again in the site's language from `syntax` and `detail`. */
  reason: string;
  place: Point;
  ruleId: string;
  /** Which sentence of the dictionaries' `syntax` section this is. */
  syntax?: 'noFrontmatter' | 'tooDeep' | 'mdx' | 'yamlFrontmatter' | 'yaml';
  /** The parser's own words, quoted inside the sentence. */
  detail?: string;
}

/**
 * What the engine needs from an MDX file that only the MDX parser can tell: plain data (no tree, no
 * functions), so that a worker thread can compute it and send it back with `postMessage`.
 */
export interface MdxParts {
  /** The frontmatter's YAML text and where it starts in the file. */
  frontmatter?: { text: string; at: YamlOffset };
  body?: BodyOutline;
  /** MDX syntax errors and a missing frontmatter. */
  errors: SyntaxProblem[];
  /**
   * What each reading of `settings.content.mdx` refuses in the body: `strict`, the allowlist
   * (`checkStrictBody`); `trusted`, what even reviewed code may not do (`checkMdxSafety`). Both are
   * computed here, before the settings are read, and the engine reports one.
   */
  safety: { strict: AllowlistFinding[]; trusted: SafetyFinding[] };
  /** Images the body shows from its own folder (`![…](./chart.png)`, `<img src="chart.png">`), as written. */
  images: LocalImage[];
}

interface LocalImage {
  url: string;
  place: Point;
}

export interface MdxSyntax {
  tree?: Root;
  frontmatter?: MdxParts['frontmatter'];
  errors: SyntaxProblem[];
}

export function parseMdxSyntax(text: string): MdxSyntax {
  const tree = parseFast(text) ?? parseTree(text);
  if ('errors' in tree) return tree;
  const deep = tooDeep(tree);
  if (deep) return { errors: [deep] };
  const front = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (front?.position) {
    // The YAML text starts on the line after the opening `---`.
    const start = front.position.start;
    const lineEnd = text.indexOf('\n', start.offset ?? 0);
    return { tree, frontmatter: { text: front.value, at: { line: start.line, offset: lineEnd + 1 } }, errors: [] };
  }
  const errors = [
    {
      reason: 'This file has no frontmatter. Start it with a `---` line, the fields in YAML, and another `---` line.',
      place: { line: 1, column: 1 },
      ruleId: 'frontmatter',
      syntax: 'noFrontmatter' as const,
    },
  ];
  return { tree, errors };
}

/** The first node nested deeper than `MAX_BODY_DEPTH`, as a syntax problem; found without recursion. */
function tooDeep(tree: Root): SyntaxProblem | undefined {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) {
      return {
        reason: `This body nests blocks more than ${MAX_BODY_DEPTH} levels deep (quotes or lists inside each other); Keyplan builds bodies nested up to ${MAX_BODY_DEPTH} levels. Flatten it.`,
        place: node.position?.start ?? { line: 1, column: 1 },
        ruleId: 'mdx-depth',
        syntax: 'tooDeep',
      };
    }
    const children = (node as Parent).children;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The whole file through remark-mdx and remark-frontmatter: the reference reading. */
function parseTree(text: string): Root | { errors: SyntaxProblem[] } {
  try {
    return processor.parse(text);
  } catch (error) {
    const cause = error as { reason?: string; message: string; place?: Point | { start: Point } };
    const place = cause.place && 'start' in cause.place ? cause.place.start : (cause.place ?? placeNamedIn(cause.reason ?? cause.message));
    return {
      errors: [
        {
          reason: `This MDX body cannot be parsed: ${cause.reason ?? cause.message}. In MDX, a bare \`<\` or \`{\` starts code: write it as \`\\<\` or \`\\{\`, and close every tag.`,
          place,
          ruleId: 'mdx-syntax',
          syntax: 'mdx',
          detail: cause.reason ?? cause.message,
        },
      ],
    };
  }
}

/**
 * The parser's own place when its message carries none: a tag left open at the end of the file is
 * reported as "Expected a closing tag for `<Callout>` (157:1-157:25)", with no position attached.
 */
function placeNamedIn(reason: string): Point {
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  return named ? { line: Number(named[1]), column: Number(named[2]) } : { line: 1, column: 1 };
}

/** An opening frontmatter fence as remark-frontmatter reads it: `---`, spaces or tabs, a line break. */
const OPEN_FENCE = /^---[ \t]*\n/;
/** A closing fence: a line of `---` and spaces or tabs. Searched from the line break before it. */
const CLOSE_FENCE = /\n(---[ \t]*)(?:\n|$)/g;

/**
 * The same tree as `parseTree`, three times faster on Keyplan's files, whose frontmatter is most of
 * their text: micromark reads a frontmatter block character by character, so the block is cut out
 * here, following remark-frontmatter's rules, only the body is parsed, and its positions are moved to
 * where the body starts. Anything unusual returns `undefined` and takes the reference path, so trees
 * and messages are always the reference's: no frontmatter, `\r` line breaks, an empty body, a syntax
 * error, and bodies with imports, exports or `{` expressions (the JavaScript syntax trees that
 * remark-mdx attaches to those carry positions of their own, some objects shared between nodes).
 * `test/check/mdx-parse.test.ts` holds both readings equal.
 */
export function parseFast(text: string): Root | undefined {
  const open = OPEN_FENCE.exec(text);
  if (!open || text.includes('\r')) return undefined;
  CLOSE_FENCE.lastIndex = open[0].length - 1;
  const close = CLOSE_FENCE.exec(text);
  if (!close) return undefined;
  const fenceStart = close.index + 1;
  const fenceEnd = fenceStart + close[1]!.length;
  const bodyStart = fenceEnd + 1;
  if (bodyStart >= text.length) return undefined;
  const source = text.slice(bodyStart);
  if (source.includes('{') || ESM_LINE.test(source)) return undefined;
  let body: Root;
  try {
    body = bodyProcessor.parse(source);
  } catch {
    return undefined;
  }
  const fenceLine = text.slice(0, fenceStart).split('\n').length;
  shiftPositions(body, fenceLine, bodyStart);
  const yaml = {
    type: 'yaml' as const,
    // remark-frontmatter's value: the lines between the fences, less one line break at each end.
    value: text.slice(open[0].length - 1, close.index + 1).replace(/^\n|\n$/g, ''),
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: fenceLine, column: close[1]!.length + 1, offset: fenceEnd } },
  };
  return { ...body, children: [yaml, ...body.children], position: { start: { line: 1, column: 1, offset: 0 }, end: body.position!.end } };
}

export { ESM_LINE };

/**
 * Moves every unist `position` in a tree parsed from a slice that starts at a line's first column
 * down by `lines` lines and `offset` characters (nodes, and JSX attributes, which are not children).
 * Columns do not change. Each point object is moved once.
 */
function shiftPositions(tree: unknown, lines: number, offset: number): void {
  const moved = new WeakSet<object>();
  const movePoint = (point: { line?: number; offset?: number } | undefined) => {
    if (!point || moved.has(point)) return;
    moved.add(point);
    if (typeof point.line === 'number') point.line += lines;
    if (typeof point.offset === 'number') point.offset += offset;
  };
  // A stack, not recursion: a body thousands of levels deep reaches `tooDeep`, not a stack overflow.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position' && child && typeof child === 'object') {
        const position = child as { start?: { line?: number; offset?: number }; end?: { line?: number; offset?: number } };
        movePoint(position.start);
        movePoint(position.end);
      } else {
        stack.push(child);
      }
    }
  }
}

/**
 * The MDX half of reading a content file: syntax errors, frontmatter text, body outline and safety
 * findings. `path` is the file's path from the project root, which safety needs for relative imports
 * and images.
 */
export function parseMdxParts(text: string, path: string): MdxParts {
  const { tree, frontmatter, errors } = parseMdxSyntax(text);
  return {
    ...(frontmatter ? { frontmatter } : {}),
    ...(tree ? { body: outline(tree) } : {}),
    errors,
    safety: tree ? { strict: checkStrictBody(tree, path), trusted: checkMdxSafety(tree, path) } : { strict: [], trusted: [] },
    images: tree ? localImages(tree) : [],
  };
}

/** Relative image addresses in a body: Markdown images and `<img>` elements with a literal `src`. */
function localImages(tree: Root): LocalImage[] {
  const images: LocalImage[] = [];
  const add = (url: string, node: Node) => {
    const bare = url.replace(/[?#].*$/, '');
    // Addresses with a scheme, from the site's root or from another site are not files of this folder.
    if (bare && !bare.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(bare))
      images.push({ url: bare, place: node.position?.start ?? { line: 1, column: 1 } });
  };
  walkTree(tree, (node) => {
    if (node.type === 'image') add(node.url, node);
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const src = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src');
      if (src && typeof src.value === 'string') add(src.value, node);
    }
  });
  return images;
}
