import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { background, runInBackground } from '../../src/integrations/background.ts';
import { keyplanError, stopBuild } from '../../src/integrations/errors.ts';
import { links } from '../../src/integrations/links.ts';
import { findBrokenLinks, hrefsOf, targetOf } from '../../src/lib/check/links.ts';

describe('internal link targets', () => {
  it('resolve root-relative and relative links, and skip other sites and fragments', () => {
    expect(targetOf('/accounts/acme/', 'index.html')).toBe('accounts/acme/');
    expect(targetOf('/accounts/acme/#kpis', 'index.html')).toBe('accounts/acme/');
    expect(targetOf('../value/x/?q=1', 'accounts/acme/client/index.html')).toBe('accounts/acme/value/x/');
    expect(targetOf('/a%20b/', 'index.html')).toBe('a b/');
    expect(targetOf('#kpis', 'index.html')).toBeUndefined();
    expect(targetOf('https://example.com/', 'index.html')).toBeUndefined();
    expect(targetOf('mailto:a@b.c', 'index.html')).toBeUndefined();
    expect(targetOf('//cdn.example.com/x.js', 'index.html')).toBeUndefined();
    expect(targetOf('/docs/accounts/', 'index.html', '/docs/')).toBe('accounts/');
    expect(targetOf('/elsewhere/', 'index.html', '/docs/')).toBeUndefined();
  });

  it('come from tags only, not from text or code that shows a link', () => {
    expect(
      hrefsOf(
        '<a href="/a/">x</a> <link rel="icon" href=\'/f.svg\'><code>&lt;a href="/no/"&gt;</code> <a class=x href=/b/>y</a> <a href="/c/?a=1&amp;b=2">',
      ),
    ).toEqual(['/a/', '/f.svg', '/b/', '/c/?a=1&b=2']);
  });
});

describe('broken links', () => {
  const files = new Set(['index.html', 'accounts/acme/index.html', 'favicon.svg', 'api/portfolio.json']);
  it('name the page and the link', () => {
    const pages = [
      {
        path: 'index.html',
        html: '<a href="/accounts/acme/">ok</a><a href="/accounts/acme">ok too</a><a href="/accounts/nope/">broken</a><link href="/favicon.svg"><a href="/api/portfolio.json">json</a><a href="/missing.csv">csv</a>',
      },
      { path: 'accounts/acme/index.html', html: '<a href="../../">home</a><a href="value/x/">broken</a><a href="#kpis">here</a>' },
    ];
    expect(findBrokenLinks(pages, (path) => files.has(path))).toEqual([
      { page: 'index.html', href: '/accounts/nope/' },
      { page: 'index.html', href: '/missing.csv' },
      { page: 'accounts/acme/index.html', href: 'value/x/' },
    ]);
  });
});

describe('the build’s link check', () => {
  const hook = <T>(integration: { hooks: Record<string, unknown> }) => integration.hooks['astro:build:done'] as (options: T) => unknown;
  const logger = { info: () => undefined };

  it('checks links into the search bundle once Pagefind, running meanwhile, has written it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'keyplan-links-'));
    writeFileSync(join(out, 'index.html'), '<script src="/pagefind/pagefind.js"></script><link href="/pagefind/missing.css">');
    // Pagefind writes its bundle after the link check has read the pages.
    runInBackground(
      new Promise((done) => setTimeout(done, 50)).then(() => {
        mkdirSync(join(out, 'pagefind'));
        writeFileSync(join(out, 'pagefind/pagefind.js'), '');
      }),
    );
    hook<{ dir: URL; logger: typeof logger }>(links())({ dir: pathToFileURL(`${out}/`), logger });
    const finished = hook<{ logger: typeof logger }>(background())({ logger });
    await expect(finished).rejects.toThrow(/index\.html.*\/pagefind\/missing\.css/);
    await expect(finished).rejects.not.toThrow(/pagefind\.js/);
  });

  it('stops without the line Astro writes before a hook’s error, and lets later lines through', () => {
    const said: string[] = [];
    class Logger {
      error(message: string) {
        said.push(message);
      }
    }
    const logger = new Logger();
    expect(() => stopBuild(logger as never, keyplanError('content has 1 error', 'fix it', 'en'))).toThrow('content has 1 error');
    logger.error('An unhandled error occurred while running the "astro:build:done" hook');
    logger.error('a later line');
    expect(said).toEqual(['a later line']);
  });

  it('fails at once on a broken link elsewhere', () => {
    const out = mkdtempSync(join(tmpdir(), 'keyplan-links-'));
    writeFileSync(join(out, 'index.html'), '<a href="/accounts/nope/">x</a>');
    expect(() => hook<{ dir: URL; logger: typeof logger }>(links())({ dir: pathToFileURL(`${out}/`), logger })).toThrow(
      /\/accounts\/nope\//,
    );
  });
});
