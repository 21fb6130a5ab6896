import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { outline, type BodyOutline } from './body.ts';
import { checkMdxSafety, type SafetyFinding } from './mdx-safety.ts';
import type { YamlOffset } from './yaml-source.ts';

// No YAML parser here: this module is all a parse worker loads (see `src/node/parse-pool.ts`).

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** A syntax problem (MDX or YAML) with its position. */
export interface SyntaxProblem {
  reason: string;
  place: Point;
  ruleId: string;
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
  /** What the trust model refuses in the body (see `checkMdxSafety`). */
  safety: SafetyFinding[];
}

export interface MdxSyntax {
  tree?: Root;
  frontmatter?: MdxParts['frontmatter'];
  errors: SyntaxProblem[];
}

export function parseMdxSyntax(text: string): MdxSyntax {
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    const cause = error as { reason?: string; message: string; place?: Point | { start: Point } };
    const place = cause.place && 'start' in cause.place ? cause.place.start : (cause.place ?? { line: 1, column: 1 });
    return {
      errors: [
        {
          reason: `This MDX body cannot be parsed: ${cause.reason ?? cause.message}. In MDX, a bare \`<\` or \`{\` starts code: write it as \`\\<\` or \`\\{\`, and close every tag.`,
          place,
          ruleId: 'mdx-syntax',
        },
      ],
    };
  }
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
    },
  ];
  return { tree, errors };
}

/**
 * The MDX half of reading a content file: syntax errors, frontmatter text, body outline and safety
 * findings. `path` is the file's path from the project root, which safety needs for relative imports.
 */
export function parseMdxParts(text: string, path: string): MdxParts {
  const { tree, frontmatter, errors } = parseMdxSyntax(text);
  return {
    ...(frontmatter ? { frontmatter } : {}),
    ...(tree ? { body: outline(tree) } : {}),
    errors,
    safety: tree ? checkMdxSafety(tree, path) : [],
  };
}
