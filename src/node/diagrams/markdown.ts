import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../../lib/content/parse.ts';
import type { SourceFile } from '../../lib/model.ts';
import { renderBlock } from './blocks.ts';
import type { MermaidBlock } from './service.ts';

/**
 * The slice of Sätteri's mdast plugin API this plugin uses (Astro 7's default Markdown and MDX
 * processor). Written out rather than imported: `satteri` is Astro's dependency, not ours.
 */
interface SatteriContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  readonly sourceFormat: 'markdown' | 'mdx';
}
interface SatteriCode {
  readonly lang?: string | null;
  readonly value: string;
  readonly position?: { start: { line: number } };
}
export interface MermaidMdastPlugin {
  name: string;
  options: { position: true };
  code(
    node: SatteriCode,
    context: SatteriContext,
  ): Promise<{ type: 'html'; value: string } | { raw: string; mdxExpressions: true } | undefined>;
}

/**
 * Replaces ```mermaid blocks in Markdown and MDX bodies with the static SVG (the same renderer and
 * cache as data diagrams). Markdown gets an HTML node. MDX cannot hold raw HTML: markup spliced in
 * is read as JSX whose text is Markdown, so smart punctuation curled the quotes of the SVG's CSS
 * and labels. The HTML therefore goes in as one string through Astro's `set:html`.
 */
export function mermaidMdastPlugin(warn: (message: string) => void): MermaidMdastPlugin {
  return {
    name: 'keyplan-mermaid',
    options: { position: true },
    async code(node, context) {
      if (node.lang !== 'mermaid') return undefined;
      const repeats = (context.data['keyplanMermaid'] ??= new Map<string, number>()) as Map<string, number>;
      const repeat = repeats.get(node.value) ?? 0;
      repeats.set(node.value, repeat + 1);
      const path = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)).split(sep).join('/') : undefined;
      const raw = await renderBlock(
        node.value,
        { ...(path ? { path } : {}), ...(node.position ? { line: node.position.start.line } : {}), repeat },
        warn,
      );
      if (context.sourceFormat === 'markdown') return { type: 'html', value: raw };
      return { raw: `<Fragment set:html={${JSON.stringify(raw)}} />`, mdxExpressions: true };
    },
  };
}

/** The text of every ```mermaid block in the content's MDX bodies, for the build's first batch. */
export function mermaidBlocks(files: readonly SourceFile[]): MermaidBlock[] {
  const codes: MermaidBlock[] = [];
  for (const file of files) {
    // Cheap test first: parsing every body again only to find nothing would cost more than it saves.
    if (!/\.mdx?$/.test(file.path) || !/(```|~~~)\s*mermaid/.test(file.text)) continue;
    const tree: Root | undefined = parseMdx(file.text).tree;
    if (!tree) continue;
    visit(tree, 'code', (node: Code) => {
      if (node.lang === 'mermaid') codes.push({ path: file.path, code: node.value });
    });
  }
  return codes;
}
