import type { Root, RootContent } from 'mdast';

/**
 * Calls `visit` on every node of a Markdown tree, in document order, without recursion: a body
 * nested thousands of levels deep (`> > > …`) is walked like any other instead of overflowing the
 * call stack.
 */
export function walkTree(tree: Root, visit: (node: RootContent) => void): void {
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent);
  }
}
