/** The client view's MDX bodies that are not plain Markdown, cut to `settings.clientView.sections` (src/integrations/mdx-bodies.ts). */
declare module 'virtual:keyplan/client-bodies' {
  type Body = () => Promise<{ Content: import('astro').MDXInstance<Record<string, unknown>>['Content'] }>;
  const bodies: Record<string, { plan?: Body; values: Record<string, Body> }>;
  export default bodies;
}
