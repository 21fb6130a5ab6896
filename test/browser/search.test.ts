import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { revenueOf } from '../../src/lib/view/revenue.ts';
import { readContentTree } from '../../src/node/content-fs.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, serveSite } from '../helpers/site.ts';

const types = en.search.types;

describe('searching the built sample site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite('sample')]);
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page?.close();
  });

  /** Opens the search page for `query` and waits until the first result (or the empty state) is shown. */
  async function search(query: string, extra = ''): Promise<void> {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}${extra}`);
    await page.locator('.kp-result__title, [data-search-empty]:not([hidden])').first().waitFor();
  }
  /** The first `count` results as they are displayed: title, type badge and link. */
  async function top(count: number): Promise<{ title: string; type: string; href: string }[]> {
    const items = page.locator('.kp-result');
    // Results are drawn one by one: wait until as many as asked for (or as many as were found) are shown.
    await expect.poll(summaryCount).toBeGreaterThan(0);
    const shown = Math.min(count, await summaryCount());
    await items
      .nth(shown - 1)
      .locator('.kp-result__title')
      .waitFor();
    return Promise.all(
      Array.from({ length: shown }, async (_, index) => {
        const item = items.nth(index);
        const link = item.locator('.kp-result__title a');
        return {
          title: await link.innerText(),
          type: await item.locator('.badge').innerText(),
          href: (await link.getAttribute('href')) ?? '',
        };
      }),
    );
  }
  const summaryCount = async () => Number((await page.locator('pagefind-summary').innerText()).match(/\d+/)?.[0]);

  it('finds an account by its name and by its industry, and a value proposition by its claims', async () => {
    await search('Farmalusa');
    expect((await top(1))[0]).toMatchObject({ title: 'Farmalusa Laboratórios', type: types.plan, href: '/accounts/farmalusa/' });
    await search('pharmaceuticals');
    expect((await top(1))[0]).toMatchObject({ title: 'Farmalusa Laboratórios', type: types.plan });
    await search('ocupación de los camiones');
    expect((await top(1))[0]).toMatchObject({ title: 'Mercancías peligrosas sin incidentes y con camiones más llenos', type: types.value });
    const facts = await page.locator('.kp-result').first().locator('.kp-result__facts').innerText();
    expect(facts).toContain('Químicas del Ebro');
    expect(facts).toContain(`${en.search.owner}:`);
  });

  it("shows excerpts that read as sentences, not a table's cells run together", async () => {
    await search('supporter', `&type=${encodeURIComponent(types.plan)}`);
    // Results are drawn one by one: wait for several before reading them.
    await expect.poll(() => page.locator('.kp-result__excerpt').count()).toBeGreaterThan(2);
    const excerpts = await page.locator('.kp-result__excerpt').allInnerTexts();
    // A row of the stakeholder table as its sentence: "…: decision-maker, supporter, high influence, …",
    expect(excerpts.filter((excerpt) => /: [a-z-]+, supporter, (high|medium|low) influence/.test(excerpt)).length).toBeGreaterThan(2);
    // never as its cells: "Decision-maker. Supporter. High. Strong."
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Supporter\. (High|Medium|Low)\./);
    // KPIs and actions, and the header's facts, read the same way.
    await search('Mercaverde');
    const plan = page.locator('.kp-result', { has: page.locator('a[href="/accounts/mercaverde/"]') });
    await expect(plan.locator('.kp-result__excerpt').innerText()).resolves.toMatch(
      /Mercaverde Supermercados: Distribución alimentaria, España \(Levante y Centro\), partnership relationship, plan owned by/,
    );
    await search('Cross-docking', `&type=${encodeURIComponent(types.value)}`);
    await expect(page.locator('.kp-result__excerpt').first().innerText()).resolves.toMatch(
      /: (draft|proposed|accepted|delivered), with [^.]*Cross-docking[^.]* and addressed to /,
    );
  });

  it('finds a stakeholder with or without accents, then the account page that lists them', async () => {
    for (const query of ['Núñez', 'Nunez', 'nuñez']) {
      await search(query);
      const results = await top(3);
      expect(results[0], query).toEqual({
        title: 'Rocío Núñez',
        type: types.stakeholder,
        href: '/accounts/mercaverde/#person-rocio-nunez',
      });
      expect(
        results.map((result) => result.href),
        query,
      ).toContain('/accounts/mercaverde/');
    }
    for (const query of ["O'Brien", 'OBrien']) {
      await search(query);
      const results = await top(3);
      expect(results[0], query).toMatchObject({ title: "Siobhan O'Brien", type: types.stakeholder });
      expect(
        results.map((result) => result.href),
        query,
      ).toContain('/accounts/lumo-moda/');
    }
  });

  it('narrows the results with a facet and keeps it in the address', async () => {
    await search('logistics');
    const all = await summaryCount();
    await expect.poll(async () => new Set(await page.locator('.kp-result .badge').allInnerTexts()).size).toBeGreaterThan(1);

    await page.getByRole('combobox', { name: en.search.facets.type, exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`^${types.stakeholder},`) }).click();
    await page.keyboard.press('Escape');
    await expect.poll(summaryCount).toBeLessThan(all);
    const narrowed = await summaryCount();
    expect(narrowed).toBeGreaterThan(0);
    // Results load as they scroll into view: every one shown is a stakeholder, and there are as many as counted.
    await expect.poll(() => page.locator('.pf-results > li').count()).toBe(narrowed);
    await expect.poll(async () => new Set(await page.locator('.kp-result .badge').allInnerTexts())).toEqual(new Set([types.stakeholder]));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([types.stakeholder]);

    // The address restores the facet.
    await page.reload();
    await page.locator('.kp-result__title').first().waitFor();
    await expect.poll(summaryCount).toBe(narrowed);
  });

  it('sorts plans by revenue target, highest first, in the site currency', async () => {
    const { portfolio } = runEngine(readContentTree(resolve(ROOT, 'content'), ROOT));
    const expected = portfolio.accounts
      .flatMap((account) => (account.plan ? [account.plan.data] : []))
      .map((plan) => ({ name: plan.account, revenue: revenueOf(plan, portfolio.settings.currency) }))
      .filter(({ revenue }) => revenue?.currency === portfolio.settings.currency)
      .sort((a, b) => b.revenue!.target - a.revenue!.target)
      .map(({ name }) => name);
    await page.goto(`${server.url}/search/?type=${encodeURIComponent(types.plan)}&sort=revenue`);
    const shown = await top(3);
    expect(shown.map((result) => result.title)).toEqual(expected.slice(0, 3));
    await expect(page.locator('[data-search-revenue-note]').isVisible()).resolves.toBe(true);
  });

  it('says so when nothing matches, with hints and a way on', async () => {
    await search('zzyzxq');
    const empty = page.locator('[data-search-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    const text = await empty.innerText();
    expect(text).toContain('Nothing matches “zzyzxq”.');
    expect(text).toContain(en.search.emptyHints[0]);
    await expect(empty.getByRole('link', { name: en.search.browse }).getAttribute('href')).resolves.toBe('/accounts/');
    await expect(page.locator('.kp-result').count()).resolves.toBe(0);
  });

  it('works with the keyboard alone: Tab or / to the header box, type, Enter, arrow to a result, Enter', async () => {
    await page.goto(`${server.url}/accounts/lumo-moda/`);
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q' && presses < 20) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThan(20);
    await page.keyboard.type('Nunez');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Nunez$/);
    await page.locator('.kp-result__title a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Rocío Núñez');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/accounts\/mercaverde\/#person-rocio-nunez$/);

    await page.goto(`${server.url}/team/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
  });

  it('indexes the content, not the navigation, diagrams or the labels every page repeats', async () => {
    await page.goto(`${server.url}/search/`);
    // The text Pagefind indexed for the account page. A string, not a function: Vite would rewrite the import().
    const indexed = await page.evaluate<string>(`import('/pagefind/pagefind.js')
      .then((pagefind) => pagefind.search('Mercaverde'))
      .then((found) => Promise.all(found.results.map((result) => result.data())))
      .then((pages) => pages.find((data) => data.url === '/accounts/mercaverde/').content)`);
    expect(indexed).toContain('Rocío Núñez');
    expect(indexed).toContain('Directora de Cadena de Suministro');
    expect(indexed).toContain('Distribución alimentaria');
    // The header's badges are separate words in an excerpt, not "ActiveInvest100% complete".
    expect(indexed).toMatch(/Mercaverde Supermercados\. Active Invest 100% complete\./);
    for (const chrome of [en.skipToContent, en.nav.portfolio, en.footer.editPage, en.onThisPage, 'Transportes Ibéricos Logistics'])
      expect(indexed).not.toContain(chrome);
    // The organisation chart's legend and caption, drawn in SVG beside the stakeholder table.
    for (const diagram of ['High influence', 'Organisation chart of']) expect(indexed).not.toContain(diagram);
    for (const label of [en.account.reportsTo, en.account.buyingRole, en.account.selectionCaption, en.account.criteria.profitability])
      expect(indexed).not.toContain(label);
  });

  for (const width of [1280, 412, 390]) {
    it(`draws the search page without moving what is already shown (layout shift ≤ 0.02 at ${width} px)`, async () => {
      await page.setViewportSize({ width, height: 850 });
      await search('logistics');
      await page.locator('pagefind-filter-dropdown [role="combobox"]').first().waitFor();
      await page.waitForTimeout(1000);
      // The browser's own layout-shift entries, as Lighthouse and the Core Web Vitals count them.
      const shift = await page.evaluate<number>(`new Promise((done) => {
        setTimeout(() => done(0), 1000);
        new PerformanceObserver((list) => done(list.getEntries().filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0)))
          .observe({ type: 'layout-shift', buffered: true });
      })`);
      expect(shift).toBeLessThanOrEqual(0.02);
    });
  }

  it('loads no Pagefind code on pages other than the search page', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/accounts/mercaverde/`);
    await page.locator('#site-search-q').focus();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });
});
