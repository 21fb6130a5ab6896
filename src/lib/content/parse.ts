import type { Root } from 'mdast';
import { outline, type BodyOutline } from './body.ts';
import { parseMdxSyntax, type MdxParts, type SyntaxProblem } from './mdx-parts.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export { parseMdxParts, type MdxParts } from './mdx-parts.ts';

/** The parts of a content file that checks and pages read. */
export interface ParsedFile {
  yaml?: YamlSource;
  body?: BodyOutline;
  tree?: Root;
  /** Syntax problems (MDX or YAML) with their positions. */
  errors: SyntaxProblem[];
}

/** The frontmatter's data with positions, and every syntax error, from the parts of an MDX file. */
export function parsedFromParts(parts: MdxParts): ParsedFile {
  if (!parts.frontmatter) return { ...(parts.body ? { body: parts.body } : {}), errors: parts.errors };
  const yaml = parseYamlSource(parts.frontmatter.text, parts.frontmatter.at);
  const errors = [
    ...parts.errors,
    ...yaml.errors.map((error) => ({
      ...error,
      reason: `Invalid YAML in the frontmatter: ${error.reason}.`,
      ruleId: 'yaml-syntax',
      syntax: 'yamlFrontmatter' as const,
      detail: error.reason,
    })),
  ];
  return { yaml, ...(parts.body ? { body: parts.body } : {}), errors };
}

/** Parses an MDX file: frontmatter with positions, body outline, syntax tree, MDX syntax errors. */
export function parseMdx(text: string): ParsedFile {
  const { tree, frontmatter, errors } = parseMdxSyntax(text);
  const parsed = parsedFromParts({ ...(frontmatter ? { frontmatter } : {}), errors, safety: { strict: [], trusted: [] }, images: [] });
  return { ...parsed, ...(tree ? { body: outline(tree), tree } : {}) };
}

/** Parses a YAML data file (settings, team members). */
export function parseYaml(text: string): ParsedFile {
  const yaml = parseYamlSource(text);
  return {
    yaml,
    errors: yaml.errors.map((error) => ({
      ...error,
      reason: `Invalid YAML: ${error.reason}.`,
      ruleId: 'yaml-syntax',
      syntax: 'yaml' as const,
      detail: error.reason,
    })),
  };
}
