import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, serveSite, siteDir } from '../helpers/site.ts';

/**
 * The Content Security Policy is a wall of its own. The `csp` fixture is in trusted mode and its plan
 * slips an `onerror` handler and a computed `javascript:` link past the check (inside expressions,
 * which trusted mode does not read). In Chromium the policy must block both, on the account page and
 * on the client view; with the policy bypassed, the same page runs them (so the vectors are live).
 */
const SITE = 'csp';
let browser: Browser;
let url = '';
let stop: (() => void) | undefined;

beforeAll(async () => {
  const result = await buildSite(SITE, 'test/fixtures/csp/content');
  if (result.code !== 0) throw new Error(`The csp fixture did not build:\n${result.stdout}\n${result.stderr}`);
  ({ url, stop } = await serveSite(SITE));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  stop?.();
});

/** Opens a page, lets the broken image fail and clicks the link; what ran and what the policy refused. */
async function attack(path: string, bypassCSP: boolean): Promise<{ pwned: unknown; violations: string[] }> {
  const context = await browser.newContext({ bypassCSP });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // Counts the image's error event as it starts (capturing, on the window): by the time the count is
  // read, the image's own `onerror`, if the policy lets it run, has run in the same dispatch.
  await page.addInitScript(
    'window.__imageErrors = 0; addEventListener("error", (event) => { if (event.target instanceof HTMLImageElement) window.__imageErrors++; }, true);',
  );
  await page.goto(`${url}${path}`);
  await page.waitForFunction('window.__imageErrors > 0');
  const afterLoad = await page.evaluate('window.__pwned');
  if (afterLoad !== undefined) {
    // The handler ran: nothing blocked it (the link, when followed, replaces the page).
    await context.close();
    return { pwned: afterLoad, violations };
  }
  await page.click('#kp-csp-link');
  await page.evaluate('new Promise((done) => setTimeout(done, 100))');
  const pwned = afterLoad ?? (await page.evaluate('window.__pwned'));
  await context.close();
  return { pwned, violations };
}

describe('the Content Security Policy', () => {
  it.each(['/accounts/acme/', '/accounts/acme/client/'])('blocks an injected onerror and a javascript: link on %s', async (path) => {
    const { pwned, violations } = await attack(path, false);
    expect(pwned).toBeUndefined();
    expect(violations.some((text) => /inline event handler|script-src-attr|script-src/.test(text))).toBe(true);
    expect(violations.some((text) => /javascript: URL|navigation/i.test(text))).toBe(true);
  });

  it('is what stops them: without it the same page runs the handler', async () => {
    const { pwned } = await attack('/accounts/acme/', true);
    expect(pwned).toBe('onerror');
  });

  it('is on every page, and lets no inline handler or javascript: URL run', () => {
    const root = siteDir(SITE);
    const pages = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const entry of pages) {
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(policy, entry.name).toBeDefined();
      const scripts = /script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(scripts).toContain("'self'");
      expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-hashes'|\*/);
      // Only the editor's page may evaluate strings (Decap CMS compiles its validators); no page that shows a plan may.
      const editor = entry.parentPath.endsWith('/admin');
      expect(scripts.includes("'unsafe-eval'"), entry.parentPath).toBe(editor);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      // Styles too: no inline style but the ones the policy names by hash, and no `style` attribute.
      const styles = /style-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(styles).toContain("'self'");
      expect(styles).not.toMatch(/'unsafe-inline'|'unsafe-hashes'|\*/);
      if (editor) continue;
      expect(html, entry.parentPath).not.toMatch(/<[^>]*\sstyle=/);
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        expect(styles, `${entry.parentPath}: ${css!.slice(0, 60)}`).toContain(
          `'sha256-${createHash('sha256').update(css!).digest('base64')}'`,
        );
      }
    }
  });
});
