import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/lib/view/css-string.ts';

describe('cssString', () => {
  it('keeps letters, digits and spaces, and escapes everything else', () => {
    expect(cssString('Grupo Norforja 2026')).toBe('"Grupo Norforja 2026"');
    expect(cssString('Núñez')).toBe('"Núñez"');
    expect(cssString('O\'Brien "x" \\ </style><script>')).toBe(
      '"O\\000027Brien \\000022x\\000022 \\00005c \\00003c\\00002fstyle\\00003e\\00003cscript\\00003e"',
    );
  });

  it('cannot end the string or the style element, whatever the text', () => {
    for (const text of ['"; } body { display: none', '</style>', 'a\nb', '\\"']) {
      const inner = cssString(text).slice(1, -1);
      expect(inner).not.toMatch(/["'<>\n]/);
      expect(inner.replace(/\\[0-9a-f]{6}/g, '')).not.toContain('\\');
    }
  });
});
