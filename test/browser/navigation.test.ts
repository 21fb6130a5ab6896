import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';

describe('browsing the built minimal site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite('minimal')]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('opens the home page, follows a link to an account and reads its plan', async () => {
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toContain('Fixture Logistics');
    await page.getByRole('link', { name: 'Acme Foods' }).first().click();
    await page.waitForURL(/\/accounts\/acme\/?$/);
    await expect(page.locator('h1').innerText()).resolves.toContain('Acme Foods');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Food retail in Iberia runs on thin margins');
    expect(main).toContain('María García');
    expect(main).toContain("Seán O'Brien");
  });

  it('links the owner to a team page that lists the account', async () => {
    await page.goto(`${server.url}/accounts/acme/`);
    await page.getByRole('link', { name: 'Ana López' }).first().click();
    await page.waitForURL(/\/team\/ana-lopez\/?$/);
    await expect(page.locator('main').innerText()).resolves.toContain('Acme Foods');
  });
});
