import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/lib/view/code-spans.ts';
import { createFormatter } from '../../src/lib/view/format.ts';
import { createUrls, editUrl, historyUrl } from '../../src/lib/view/urls.ts';

describe('createFormatter', () => {
  it('formats money, percentages and dates as each locale writes them', () => {
    const en = createFormatter('en');
    const es = createFormatter('es');
    expect(en.money(8_900_000, 'EUR')).toBe('€8,900,000');
    expect(es.money(8_900_000, 'EUR')).toBe('8.900.000\u00a0€');
    expect(en.money(0.57, 'EUR')).toBe('€0.57');
    expect(en.money(41_500_000, 'MXN')).toBe('MX$41,500,000');
    expect(en.percent(0.371)).toBe('37%');
    expect(es.percent(0.371)).toBe('37\u00a0%');
    expect(en.date('2026-01-01')).toBe('Jan 1, 2026');
    expect(es.date('2026-12-31')).toBe('31 dic 2026');
    expect(en.score(4.2222)).toBe('4.2');
    expect(es.score(4.25)).toBe('4,3');
  });
});

describe('urls', () => {
  it('builds routes under the base path', () => {
    const urls = createUrls('/plans');
    expect(urls.account('acme')).toBe('/plans/accounts/acme/');
    expect(urls.value('acme', 'daily')).toBe('/plans/accounts/acme/value/daily/');
    expect(createUrls('/').member('ana')).toBe('/team/ana/');
  });
  it('links to the edit page of the file on the default branch', () => {
    expect(editUrl('https://github.com/acme/plans/', 'content/accounts/acme/plan.mdx')).toBe(
      'https://github.com/acme/plans/edit/main/content/accounts/acme/plan.mdx',
    );
    expect(editUrl(undefined, 'content/settings.yaml')).toBeUndefined();
  });
  it('links to the commits that touched an account folder', () => {
    expect(historyUrl('https://github.com/acme/plans/', 'content/accounts/café')).toBe(
      'https://github.com/acme/plans/commits/main/content/accounts/caf%C3%A9',
    );
    expect(historyUrl(undefined, 'content/accounts/acme')).toBeUndefined();
  });
});

describe('codeSpans', () => {
  it('splits backticked identifiers from text, and leaves an unmatched backtick alone', () => {
    expect(codeSpans('Set `owner:` for `marc-puig`.')).toEqual([
      { text: 'Set ', code: false },
      { text: 'owner:', code: true },
      { text: ' for ', code: false },
      { text: 'marc-puig', code: true },
      { text: '.', code: false },
    ]);
    expect(codeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });
});
