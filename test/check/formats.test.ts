import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cell, escapeData, escapeProperty, githubAnnotations } from '../../scripts/lib/format-github.ts';
import { formatSummary, percent } from '../../scripts/lib/format-plans.ts';

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('writes one annotation per message, with file, position and title', () => {
    const file = new VFile({ path: 'content/accounts/a,b/plan.mdx' });
    const error = file.message('50% of `kpis`:\nmissing', { place: { line: 3, column: 7 }, ruleId: 'kpis' });
    error.fatal = true;
    file.message('A warning.', { place: { line: 9, column: 1 }, ruleId: 'portfolio-size' });
    expect(githubAnnotations([file])).toMatchInlineSnapshot(`
      [
        "::error file=content/accounts/a%2Cb/plan.mdx,line=3,col=7,title=Keyplan [kpis]::50%25 of \`kpis\`:%0Amissing",
        "::warning file=content/accounts/a%2Cb/plan.mdx,line=9,col=1,title=Keyplan [portfolio-size]::A warning.",
      ]
    `);
  });
});

describe('text helpers', () => {
  it('never rounds an incomplete plan up to 100%', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.999)).toBe('99%');
    expect(percent(13 / 14)).toBe('92%');
  });

  it('keeps Markdown tables intact', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });

  it('summarises in one line', () => {
    expect(formatSummary(1, { errors: 0, warnings: 1 })).toBe('1 plan checked, 0 errors, 1 warning');
    expect(formatSummary(10, { errors: 2, warnings: 0 })).toBe('10 plans checked, 2 errors, 0 warnings');
  });
});
