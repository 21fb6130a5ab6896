/**
 * A line that MDX may read as ESM (`import` or `export`). In a module of its own so that the
 * browser's editor can use it without loading the MDX parser.
 */
export const ESM_LINE = /^[ \t]*(?:import|export)\b/m;
