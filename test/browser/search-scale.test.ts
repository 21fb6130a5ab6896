import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../scripts/bench/generate.ts';
import { en } from '../../src/i18n/en.ts';
import { runEngine } from '../../src/lib/check/engine.ts';
import { sortName } from '../../src/lib/search/records.ts';
import { launchChromium } from '../helpers/browser.ts';
import { astroCacheDir, buildSite, serveSite, siteDir, TEST_CACHE } from '../helpers/site.ts';
import { TEST_TODAY } from '../helpers/today.ts';

/**
 * Search at 500 accounts (2,000 content files, 7,500 stakeholder records), the size a large key
 * account team reaches: every person is still a result of their own, facets still count what they
 * say, and accents still do not matter. The expected figures come from the generated files.
 */
const SITE = 'search-500';
const files = generatePortfolio(500, { today: TEST_TODAY });
const { portfolio } = runEngine(files, { today: TEST_TODAY });
const types = en.search.types;

/** Everyone whose name has `surname` in it, as the account page links them. */
function peopleNamed(surname: string): Set<string> {
  return new Set(
    portfolio.accounts.flatMap((account) =>
      (account.stakeholders?.data.people ?? [])
        .filter((person) => sortName(person.name).split(' ').includes(sortName(surname)))
        .map((person) => `/accounts/${account.id}/#person-${person.id}`),
    ),
  );
}

describe('searching 500 accounts in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;

  beforeAll(async () => {
    const root = join(TEST_CACHE, SITE);
    rmSync(root, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    const built = await buildSite(SITE, join(root, 'content'));
    if (built.code !== 0) throw new Error(`Building ${SITE} failed:\n${built.stdout}\n${built.stderr}`);
    [browser, server] = await Promise.all([launchChromium(), serveSite(SITE)]);
    page = await browser.newPage();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
    for (const dir of [join(TEST_CACHE, SITE), siteDir(SITE), astroCacheDir(SITE)]) rmSync(dir, { recursive: true, force: true });
  });

  const summaryCount = async () => Number((await page.locator('pagefind-summary').innerText()).match(/[\d,]+/)?.[0]?.replace(/,/g, ''));
  async function search(query: string, filters: Record<string, string> = {}): Promise<void> {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
    await page.goto(`${server.url}/search/?${params}`);
    await page.locator('.kp-result__title, [data-search-empty]:not([hidden])').first().waitFor();
  }

  it('finds every person of a surname as a result of their own, with or without accents', async () => {
    const expected = peopleNamed('Núñez');
    expect(expected.size).toBeGreaterThan(100);
    for (const query of ['Núñez', 'nunez', 'NUÑEZ']) {
      await search(query, { type: types.stakeholder });
      await expect.poll(summaryCount, { timeout: 10_000 }).toBe(expected.size);
      const first = page.locator('.kp-result').first();
      expect(await first.locator('.badge').innerText()).toBe(types.stakeholder);
      expect(expected).toContain(await first.locator('.kp-result__title a').getAttribute('href'));
    }
  });

  it('counts in each facet what the portfolio holds', async () => {
    const plans = portfolio.accounts.flatMap((account) => (account.plan ? [account.plan.data] : []));
    const owner = portfolio.team.get(plans[0]!.owner)!.data.name;
    const owned = plans.filter((plan) => portfolio.team.get(plan.owner)?.data.name === owner).length;
    expect(owned).toBeGreaterThan(10);
    await search('', { type: types.plan, owner });
    await expect.poll(summaryCount, { timeout: 10_000 }).toBe(owned);

    const industry = plans[0]!.industry!;
    const people = portfolio.accounts
      .filter((account) => account.plan?.data.industry === industry)
      .reduce((sum, account) => sum + (account.stakeholders?.data.people.length ?? 0), 0);
    await search('', { type: types.stakeholder, industry });
    await expect.poll(summaryCount, { timeout: 10_000 }).toBe(people);
  });

  it('finds an account by its name first, among 500 that share words of it', async () => {
    const account = portfolio.accounts[137]!;
    await search(account.plan!.data.account);
    const first = page.locator('.kp-result').first();
    expect(await first.locator('.kp-result__title a').getAttribute('href')).toBe(`/accounts/${account.id}/`);
    expect(await first.locator('.badge').innerText()).toBe(types.plan);
  });
});
