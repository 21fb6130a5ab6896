import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser-site.ts';

describe('the client view in Chromium', () => {
  const site = useSite('minimal');

  it('is reached from the account page', async () => {
    await site.page.goto(`${site.url}/accounts/acme/`);
    await site.page.getByRole('link', { name: 'Client view' }).click();
    await site.page.waitForURL(/\/accounts\/acme\/client\/?$/);
    await expect(site.page.locator('h1').innerText()).resolves.toBe('Acme Foods');
    await expect(site.page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(true);
  });

  it('prints as the client’s document: no site navigation, no buttons, the plan on paper', async () => {
    await site.page.goto(`${site.url}/accounts/acme/client/`);
    await site.page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'button[data-print]', '.client-view-tools']) {
      await expect(site.page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const main = await site.page.locator('main').innerText();
    expect(main).toContain('With our warehousing and road transport');
    expect(main).not.toContain('Food retail in Iberia'); // Knowledge is not shown by default
    const pdf = await site.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await site.page.emulateMedia({ media: 'screen' });
  });
});
