import type { Root } from 'mdast';
import type { ClientSection } from '../../schemas/settings.ts';
import { sectionKey, topBlocks, type TopBlock } from './body.ts';
import { ESM_LINE } from './mdx-parts.ts';

/**
 * The MDX source of a body cut down to the chosen sections, for the client-shareable view.
 *
 * Why cut the source rather than hide parts of the rendered page: a section left out here never
 * reaches the MDX compiler for the client view, so nothing of it (text, diagram, expression) can end
 * up in that page, whatever the Markdown processor or the components do. The cut follows the same
 * outline as the completeness checks (`body.ts`): level-2 headings start sections, level-3 headings
 * start subsections. ESM (`import`/`export`) is kept so that components used in a kept section still
 * resolve, and the frontmatter is replaced by the data the view may show (one JSON line, padded so
 * the kept text keeps its line numbers where it can).
 *
 * @param text     the file as written
 * @param tree     its syntax tree (`parseMdx(text).tree`), with positions, or its top-level blocks
 *                 as the engine's outline keeps them (`BodyOutline.blocks`)
 * @param sections the section keys to keep; `industry` or `client` keep that Knowledge subsection alone
 * @param data     the frontmatter the compiled module may expose as `frontmatter`
 * @param options  `dropSectionHeadings`: leave out the level-2 headings themselves, for a body shown
 *                 under a heading of its own (a value proposition's title), where a second "Vision"
 *                 heading would repeat the page's and its id. @default false
 */
export function clientBody(
  text: string,
  tree: Root | readonly TopBlock[],
  sections: readonly ClientSection[],
  data: unknown,
  options: { dropSectionHeadings?: boolean } = {},
): string {
  const chosen = new Set<string>(sections);
  const nodes = 'children' in tree ? topBlocks(tree) : tree;
  const esm: string[] = [];
  const kept: string[] = [];
  let inSection = false;
  let inSubsection = false;
  let sectionHeading: string | undefined;

  nodes.forEach((node, index) => {
    const slice = sliceOf(text, node, nodes[index + 1]);
    if (node.kind === 'esm') {
      esm.push(slice);
      return;
    }
    if (node.kind === 'heading' && node.depth! <= 2) {
      const key = sectionKey(node.title!);
      inSection = key !== undefined && chosen.has(key);
      inSubsection = false;
      // A Knowledge section not chosen as a whole may still show a chosen subsection under its heading.
      sectionHeading = key === 'knowledge' && !inSection ? (options.dropSectionHeadings ? '' : slice) : undefined;
      if (inSection && !options.dropSectionHeadings) kept.push(slice);
      return;
    }
    if (node.kind === 'heading' && node.depth === 3 && sectionHeading !== undefined) {
      const key = sectionKey(node.title!);
      inSubsection = key !== undefined && chosen.has(key);
      if (inSubsection) {
        if (sectionHeading) kept.push(sectionHeading);
        sectionHeading = '';
        kept.push(slice);
      }
      return;
    }
    if (inSection || inSubsection) kept.push(slice);
  });

  const front = `---\n${JSON.stringify(data ?? {})}\n---\n`;
  return `${front}${esm.map((part) => `${part.trimEnd()}\n\n`).join('')}${kept.join('')}`.trimEnd() + '\n';
}

/** A top-level node's source up to the next node, so blank lines and spacing stay as written. */
function sliceOf(text: string, node: TopBlock, next: TopBlock | undefined): string {
  return text.slice(node.offset, next?.offset ?? text.length);
}

/**
 * `text` with its frontmatter replaced by `data` (one JSON line; JSON is YAML), padded with blank
 * lines to the original frontmatter's height so the body keeps its line numbers.
 */
export function replaceFrontmatter(text: string, data: unknown): string {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const json = JSON.stringify(data ?? {});
  if (!match) return `---\n${json}\n---\n${text}`;
  const lines = match[0].split('\n').length - 1;
  const padding = '\n'.repeat(Math.max(0, lines - 3));
  return `---\n${json}\n${padding}---\n${text.slice(match[0].length)}`;
}

/**
 * A cut body without its frontmatter: the text a Markdown processor renders. The frontmatter is the
 * audience's data, which an MDX body's expressions read and plain Markdown never does.
 */
export function cutText(cut: string): string {
  return cut.replace(/^---\n[^\n]*\n\n*---\n/, '');
}

/**
 * Whether a cut body (`clientBody`'s output) is plain Markdown that Astro's Markdown processor renders
 * exactly as the MDX compiler would: no expression or JSX (`{`, `<`), no import or export, no indented
 * line (MDX has no indented code), no image (resolved differently) and no ```mermaid block (its SVG
 * depends on the build's Chromium, not on the text). Such bodies are rendered once into the content
 * data store instead of being compiled and bundled as MDX modules; the others keep the MDX path.
 */
export function markdownOnly(cut: string): boolean {
  const body = cutText(cut);
  return (
    !/[{<]|!\[/.test(body) && !ESM_LINE.test(body) && !/^(?: {4}|\t)/m.test(body) && !/^[ \t]*(?:`{3,}|~{3,})[ \t]*mermaid/im.test(body)
  );
}
