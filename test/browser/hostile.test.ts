import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/lib/check/engine.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, serveSite, siteDir, SITES } from '../helpers/site.ts';

/**
 * The hostile fixture's names and titles hold `<script>`, event-handler markup, quotes, ampersands,
 * Mermaid syntax, accents and 2,000-character strings. Every page of the built site must show them
 * as typed (as text, not markup), run none of them, and gain no element from them.
 */

const CONTENT = SITES.hostile;
const { portfolio } = runEngine(readContentTree(join(ROOT, CONTENT), ROOT), { root: CONTENT, today: '2026-11-23' });
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The strings each page must show, taken from the fixture's own data (so they are exactly as typed). */
function expectations(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const expect = (page: string, ...texts: (string | undefined)[]) => {
    pages.set(page, [...(pages.get(page) ?? []), ...texts.filter((text): text is string => Boolean(text))]);
  };
  expect('/', portfolio.settings.company);
  for (const account of portfolio.accounts) {
    const plan = account.plan!.data;
    const people = account.stakeholders?.data.people ?? [];
    const page = `/accounts/${account.id}/`;
    const client = `/accounts/${account.id}/client/`;
    expect('/accounts/', plan.account);
    expect(
      page,
      plan.account,
      plan.industry,
      plan.region,
      ...plan.kpis.map((kpi) => kpi.name),
      ...plan.actions.map((action) => action.title),
    );
    expect(page, ...people.flatMap((person) => [person.name, person.title, person.function]), ...plan.team.map((entry) => entry.role));
    expect(page, ...account.values.map((value) => value.data.title));
    expect(
      client,
      plan.account,
      ...plan.kpis.map((kpi) => kpi.name),
      ...plan.actions.filter((action) => action.clientAgreed).map((action) => action.title),
    );
    for (const value of account.values) {
      const valuePage = `/accounts/${account.id}/value/${value.name}/`;
      expect(valuePage, plan.account, value.data.title, ...value.data.arguments.flatMap((argument) => [argument.claim, argument.metric]));
      expect(client, value.data.title, ...value.data.arguments.map((argument) => argument.claim));
    }
  }
  for (const [id, member] of portfolio.team) expect(`/team/${id}/`, member.data.name, member.data.function);
  return pages;
}

function builtPages(): string[] {
  const dir = siteDir('hostile');
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      else if (entry.name === 'index.html') pages.push(`/${relative(dir, folder).split(sep).join('/')}${folder === dir ? '' : '/'}`);
    }
  };
  walk(dir);
  return pages.sort();
}

/** What the page shows as text (scripts and styles left out), and any sign of injected markup or script. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('script, style, template, noscript')) element.remove();
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `<${element.localName} ${attribute.name}>`),
    );
    // A data block (`type="application/json"`, the editor's) is never run and may hold the names as
    // data; it must still be whole JSON, which a name that closed it early would break.
    const isData = (script: HTMLScriptElement) => script.type === 'application/json';
    const scripts = [...document.querySelectorAll('script')]
      .filter((script) => !isData(script) && /__pwned|alert\(1\)/.test(script.textContent ?? ''))
      .map((script) => script.outerHTML.slice(0, 80));
    const broken = [...document.querySelectorAll('script')].filter(isData).flatMap((script) => {
      try {
        JSON.parse(script.textContent ?? '');
        return [];
      } catch {
        return [`a data block that is not JSON: ${script.outerHTML.slice(0, 80)}`];
      }
    });
    // The site's own Content Security Policy is the one `<meta http-equiv>` it writes, in the head.
    const policy = document.head.querySelector('meta[http-equiv="content-security-policy"]');
    const embedded = [...document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]')]
      .filter((element) => element !== policy)
      .map((element) => element.outerHTML.slice(0, 80));
    // Elements the payloads would create if a string were inserted as HTML: their tags, or the exact text they wrap.
    const payloadTexts = new Set(['"long"', '&', 'lead', 'units', '& more', 'delivery']);
    const markup = [
      ...document.querySelectorAll('img[src="x"], categories, coo, marketing, boss, retail'),
      ...[...document.querySelectorAll('b, i, u, em')].filter((element) => payloadTexts.has(element.textContent ?? '')),
    ].map((element) => element.outerHTML.slice(0, 80));
    return {
      text: clone.textContent ?? '',
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      injected: [...handlers, ...scripts, ...broken, ...embedded, ...markup],
    };
  });
}

describe('hostile names and titles in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite('hostile')]);
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('shows every hostile string as typed, as text', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [path, texts] of expectations()) {
      await page.goto(`${server.url}${path}`);
      const shown = normal((await inspect(page)).text);
      for (const text of texts) {
        checked++;
        if (!shown.includes(normal(text)))
          missing.push(`${path}: ${JSON.stringify(text.slice(0, 80))}${text.length > 80 ? ` (${text.length} chars)` : ''}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('runs none of them and gains no element from them, on any page', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(8);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // Give deferred scripts (search, sortable tables, diagrams drawn in the browser) a moment to run.
      await page.waitForTimeout(100);
      const { pwned, injected } = await inspect(page);
      if (pwned) problems.push(`${path}: a payload ran (window.__pwned is set)`);
      for (const element of injected) problems.push(`${path}: injected ${element}`);
    }
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
