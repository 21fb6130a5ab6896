import type { Code } from 'mdast';
import type { Point } from 'unist';
import { parse } from 'yaml';
import type { BodyRuleStrings } from '../../i18n/body-rules.ts';

/**
 * Configuration an author's ```mermaid block may set, in a `%%{init: …}%%` directive or in the
 * diagram's own frontmatter (`config:`): the theme, and the options of each diagram type. Everything
 * else is refused (`themeCSS`, `themeVariables`, `securityLevel`, `fontFamily`, …): those load files
 * from other sites, loosen sanitising, or restyle every diagram. Mermaid's `secure` list
 * (`src/lib/diagrams/config.ts`) drops them at render time too.
 */
const ALLOWED = new Set(
  'theme look flowchart sequence gantt journey timeline class state er pie quadrantChart xyChart requirement mindmap gitGraph c4 sankey block packet radar architecture kanban treemap'.split(
    ' ',
  ),
);
const DIRECTIVE = /%%\{\s*(?:init|initialize)\s*:\s*([\s\S]*?)\s*\}%%/g;
/** A value that could load something or carry markup, at any depth. */
const UNSAFE_VALUE = /url\(|<|>|@import|javascript:/i;

export interface MermaidProblem {
  message: (strings: BodyRuleStrings) => string;
  place: Point;
}

/** The refused configuration of one ```mermaid block, each at the line that sets it. */
export function checkMermaidConfig(node: Code): MermaidProblem[] {
  const problems: MermaidProblem[] = [];
  // The block's text starts on the line after the fence.
  const firstLine = (node.position?.start.line ?? 0) + 1;
  const at = (offset: number): Point => ({ line: firstLine + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0), column: 1 });
  const checkConfig = (config: unknown, offset: number, keyOffset: (key: string) => number = () => offset) => {
    if (typeof config !== 'object' || config === null) return;
    for (const [key, value] of Object.entries(config)) {
      if (!ALLOWED.has(key) || unsafeValue(value)) problems.push({ message: (s) => s.mermaidKey(key), place: at(keyOffset(key)) });
    }
  };
  const front = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(node.value);
  if (front) {
    try {
      // Each key at its own line: the first line of the frontmatter that starts with it.
      const keyOffset = (key: string) => {
        const line = new RegExp(`^[ \\t]*${key.replace(/[^\w]/g, '\\$&')}[ \\t]*:`, 'm').exec(front[1]!);
        return line ? front[0].indexOf('\n') + 1 + line.index : 0;
      };
      checkConfig((parse(front[1]!) as { config?: unknown } | null)?.config, 0, keyOffset);
    } catch {
      // Mermaid reports YAML it cannot read itself; nothing is configured then.
    }
  }
  for (const match of node.value.matchAll(DIRECTIVE)) {
    let config: unknown;
    try {
      config = JSON.parse(match[1]!.replace(/'/g, '"'));
    } catch {
      problems.push({ message: (s) => s.mermaidUnreadable, place: at(match.index) });
      continue;
    }
    checkConfig(config, match.index);
  }
  return problems;
}

function unsafeValue(value: unknown): boolean {
  if (typeof value === 'string') return UNSAFE_VALUE.test(value);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, inner]) => key.startsWith('__') || unsafeValue(inner));
  return false;
}
