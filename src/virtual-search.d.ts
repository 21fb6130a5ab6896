/** Whether this run writes a search index: `astro build` does, `astro dev` does not (src/integrations/search.ts). */
declare module 'virtual:keyplan/search' {
  export const indexed: boolean;
}
