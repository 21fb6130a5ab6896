/**
 * The largest content file read, in characters. A plan is a few thousand; a file far past this is a
 * mistake (a pasted export, a binary), and parsing it would only make the check slow.
 */
export const MAX_FILE_CHARS = 1_000_000;
