import type { Point } from 'unist';
import { checksEn } from '../../i18n/check-en.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a content file, or why it is not UTF-8 text, pointing at the first bad byte (`byte`, in
 * hexadecimal, so that the engine can word the message again in the site's language). A byte order
 * mark is dropped, as editors write one that would otherwise hide the opening `---`.
 */
export function decodeUtf8(bytes: Uint8Array): {
  text: string;
  unreadable?: { reason: string; ruleId: string; place: Point };
  byte?: string;
} {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const byte = bytes[offset]?.toString(16).padStart(2, '0').toUpperCase() ?? '??';
    return {
      text: '',
      unreadable: {
        ruleId: 'encoding',
        place: { line, column, offset: before.length },
        reason: checksEn.files.encoding(byte, line, column),
      },
      byte,
    };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      let low = 0x80;
      let high = 0xbf;
      // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
      if (k === 1 && byte === 0xe0) low = 0xa0;
      if (k === 1 && byte === 0xed) high = 0x9f;
      if (k === 1 && byte === 0xf0) low = 0x90;
      if (k === 1 && byte === 0xf4) high = 0x8f;
      if (next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
