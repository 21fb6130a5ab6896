import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, ROOT, serveSite, siteDir, TEST_CACHE } from '../helpers/site.ts';

/**
 * Hostile names cannot break the layout (finding 13): the minimal fixture with an account name of
 * 10,000 letters and no space, a stakeholder and an action title of 3,000, is built and every page is
 * opened at 390 and 1280 px: none may be wider than the window. Tables scroll inside their wrappers.
 */
const SITE = 'long-names';
const copy = join(TEST_CACHE, 'long-names-content/content');
let browser: Browser;
let url = '';
let stop: (() => void) | undefined;

function edit(path: string, from: string, to: string): void {
  const file = join(copy, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit did not apply: ${from}`);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/minimal/content'), copy, { recursive: true });
  edit('accounts/acme/plan.mdx', 'account: Acme Foods', `account: ${'W'.repeat(10_000)}`);
  edit('accounts/acme/plan.mdx', 'title: Joint S&OP workshop', `title: Joint${'Q'.repeat(3000)}`);
  edit('accounts/acme/stakeholders.mdx', 'name: María García', `name: María${'Z'.repeat(3000)}`);
  const result = await buildSite(SITE, relative(ROOT, copy));
  if (result.code !== 0) throw new Error(`The long-names site did not build:\n${result.stdout}\n${result.stderr}`);
  ({ url, stop } = await serveSite(SITE));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  stop?.();
});

describe('names of thousands of letters without a space', () => {
  it.each([390, 1280])('leave every page as wide as a %i px window', async (width) => {
    const root = siteDir(SITE);
    const pages = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map((entry) => `/${relative(root, entry.parentPath).split('\\').join('/')}/`.replace('//', '/'))
      // The browser editor is Decap CMS's own application, not a page of the site.
      .filter((path) => !path.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(10);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${url}${path}`);
      const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      if (scrollWidth > width + 1) wide.push(`${path}: ${scrollWidth} px`);
    }
    await page.close();
    expect(wide).toEqual([]);
  });
});
