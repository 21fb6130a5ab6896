import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite } from '../helpers/site.ts';

describe('the client view in Chromium', () => {
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

  it('is reached from the account page', async () => {
    await page.goto(`${server.url}/accounts/acme/`);
    await page.getByRole('link', { name: 'Client view' }).click();
    await page.waitForURL(/\/accounts\/acme\/client\/?$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Acme Foods');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(true);
  });

  it('prints as the client’s document: no site navigation, no buttons, the plan on paper', async () => {
    await page.goto(`${server.url}/accounts/acme/client/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'button[data-print]', '.client-view-tools']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const main = await page.locator('main').innerText();
    expect(main).toContain('With our warehousing and road transport');
    expect(main).not.toContain('Food retail in Iberia'); // Knowledge is not shown by default
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });
});
