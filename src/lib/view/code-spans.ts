/** A piece of a message: plain text, or an identifier the message wrapped in backticks. */
export interface Span {
  text: string;
  code: boolean;
}

/**
 * Splits a check's reason or hint on backticks (the engine writes `ids` and `field.paths` that way
 * for the terminal) so the page can show them as code. Only splits: escaping stays with Astro.
 * An unmatched backtick is kept as text.
 */
export function codeSpans(message: string): Span[] {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return [{ text: message, code: false }];
  return parts.map((text, index) => ({ text, code: index % 2 === 1 })).filter((span) => span.text !== '');
}
