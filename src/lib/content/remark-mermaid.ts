import type { Code, Html, Parent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface Options {
  /**
   * Renders one ```mermaid block to the HTML that replaces it. Keyplan passes its build-time
   * renderer (static SVG, cached); tests pass a stub. Required: without it blocks are left as code.
   * @default undefined
   */
  render?: (code: string, place: { path?: string; line?: number; repeat: number }) => Promise<string>;
  /**
   * Code-block languages treated as Mermaid.
   * @default ["mermaid"]
   */
  languages?: readonly string[];
}

/**
 * Replaces ```mermaid code blocks with rendered diagrams (raw HTML nodes), for Markdown run
 * through unified (`markdown.processor: unified(...)`). Astro 7's default processor for `.md`
 * and `.mdx` is Sätteri, which does not run remark plugins: Keyplan wires the same renderer into
 * it as a Sätteri mdast plugin (`src/node/diagrams/markdown.ts`).
 */
const remarkMermaid: Plugin<[Options?], Root> = (options = {}) => {
  const { render, languages = ['mermaid'] } = options;
  return async (tree: Root, file: VFile) => {
    if (!render) return;
    const blocks: { node: Code; parent: Parent }[] = [];
    visit(tree, 'code', (node, _index, parent) => {
      if (parent && node.lang && languages.includes(node.lang)) blocks.push({ node, parent });
    });
    const seen = new Map<string, number>();
    // Rendered together: the renderer batches the misses of one document into one browser call.
    const htmls = await Promise.all(
      blocks.map(({ node }) => {
        const repeat = seen.get(node.value) ?? 0;
        seen.set(node.value, repeat + 1);
        return render(node.value, {
          ...(file.path ? { path: file.path } : {}),
          ...(node.position ? { line: node.position.start.line } : {}),
          repeat,
        });
      }),
    );
    blocks.forEach(({ node, parent }, n) => {
      const html: Html = { type: 'html', value: htmls[n]!, ...(node.position ? { position: node.position } : {}) };
      parent.children.splice(parent.children.indexOf(node), 1, html);
    });
  };
};

export default remarkMermaid;
