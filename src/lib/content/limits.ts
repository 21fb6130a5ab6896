/**
 * The largest content file read, in characters. A plan is a few thousand; a file far past this is a
 * mistake (a pasted export, a binary), and parsing it would only make the check slow.
 */
export const MAX_FILE_CHARS = 1_000_000;

/**
 * The deepest nesting of a body's blocks (quotes in quotes, lists in lists). Real plans nest a few
 * levels; the MDX compiler and the site's renderers walk trees recursively, so thousands of levels
 * would overflow the call stack in the build.
 */
export const MAX_BODY_DEPTH = 64;
