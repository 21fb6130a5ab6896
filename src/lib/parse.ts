import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { outline, type BodyOutline } from './body.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The parts of a content file that checks and pages read. */
export interface ParsedFile {
  yaml?: YamlSource;
  body?: BodyOutline;
  tree?: Root;
  /** Syntax problems (MDX or YAML) with their positions. */
  errors: { reason: string; place: Point; ruleId: string }[];
}

/** Parses an MDX file: frontmatter with positions, body outline, MDX syntax errors. */
export function parseMdx(text: string): ParsedFile {
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
  const errors: ParsedFile['errors'] = [];
  let yaml: YamlSource | undefined;
  if (front?.position) {
    // The YAML text starts on the line after the opening `---`.
    const start = front.position.start;
    const lineEnd = text.indexOf('\n', start.offset ?? 0);
    yaml = parseYamlSource(front.value, { line: start.line, offset: lineEnd + 1 });
    for (const error of yaml.errors) errors.push({ ...error, reason: `Invalid YAML in the frontmatter: ${error.reason}.`, ruleId: 'yaml-syntax' });
  } else {
    errors.push({
      reason: 'This file has no frontmatter. Start it with a `---` line, the fields in YAML, and another `---` line.',
      place: { line: 1, column: 1 },
      ruleId: 'frontmatter',
    });
  }
  return { ...(yaml ? { yaml } : {}), body: outline(tree), tree, errors };
}

/** Parses a YAML data file (settings, team members). */
export function parseYaml(text: string): ParsedFile {
  const yaml = parseYamlSource(text);
  return {
    yaml,
    errors: yaml.errors.map((error) => ({ ...error, reason: `Invalid YAML: ${error.reason}.`, ruleId: 'yaml-syntax' })),
  };
}
