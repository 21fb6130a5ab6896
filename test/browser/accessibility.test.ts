import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, ROOT, serveSite, TEST_CACHE } from '../helpers/site.ts';

/**
 * axe-core in Chromium on every kind of page of the sample, in English and in Spanish (the sample
 * built with `locale: es`), in light and dark: no WCAG 2.1 A or AA violation. The search page is
 * checked with its results drawn, an account page also on a phone.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
  '/',
  '/accounts/',
  '/accounts/mercaverde/',
  '/accounts/mercaverde/client/',
  '/accounts/mercaverde/value/frescos-sin-roturas/',
  '/people/',
  '/team/',
  '/team/laura-gomez/',
  '/portfolio/',
  '/portfolio/actions/',
  '/portfolio/by/owner/',
  '/portfolio/kpis/',
  '/portfolio/matrix/',
  '/portfolio/revenue/',
  '/portfolio/whitespace/',
  '/search/?q=logistica',
];
const spanish = join(TEST_CACHE, 'sample-es-content/content');

let browser: Browser;
const servers: Record<string, { url: string; stop: () => void }> = {};

beforeAll(async () => {
  rmSync(spanish, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), spanish, { recursive: true });
  const settings = join(spanish, 'settings.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^locale: en$/m, 'locale: es'));
  const result = await buildSite('sample-es', relative(ROOT, spanish));
  if (result.code !== 0) throw new Error(`The Spanish sample did not build:\n${result.stdout}\n${result.stderr}`);
  servers['en'] = await serveSite('sample');
  servers['es'] = await serveSite('sample-es');
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) server.stop();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(language: 'en' | 'es', colorScheme: 'light' | 'dark', width = 1280): Promise<string[]> {
  // axe is injected as a script of its own: the site's Content Security Policy would refuse it.
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const path of width === 1280 ? PAGES : ['/accounts/mercaverde/', '/search/?q=logistica']) {
      await page.goto(`${servers[language]!.url}${path}`);
      if (path.startsWith('/search/')) await page.locator('.kp-result__title, [data-search-empty]:not([hidden])').first().waitFor();
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
      )) as { violations: Violation[] };
      for (const violation of result.violations) {
        found.push(
          `${path} ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      }
    }
  } finally {
    await context.close();
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const language of ['en', 'es'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds nothing on any kind of page, ${language}, ${scheme}`, async () => {
        expect(await violations(language, scheme)).toEqual([]);
      });
    }
    it(`finds nothing on a 390 px phone, ${language}`, async () => {
      expect(await violations(language, 'light', 390)).toEqual([]);
    });
  }
});
