import { ESM_LINE } from '../content/esm-line.ts';

/**
 * Whether the editor may let people edit an MDX body in its Markdown editor: only plain Markdown,
 * with no `import`/`export` line, no JSX or HTML tag (`<`) and no expression (`{`). A Markdown editor
 * rewrites what it does not understand, so any other body opens read-only and its text is written
 * back exactly as it was loaded.
 */
export function editableBody(body: string): boolean {
  return !ESM_LINE.test(body) && !/[{<]/.test(body);
}
