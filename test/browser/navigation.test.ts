import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser-site.ts';

describe('browsing the built minimal site in Chromium', () => {
  const site = useSite('minimal');

  it('opens the home page, follows a link to an account and reads its plan', async () => {
    await site.page.goto(`${site.url}/`);
    await expect(site.page.title()).resolves.toContain('Fixture Logistics');
    await site.page.getByRole('link', { name: 'Acme Foods' }).first().click();
    await site.page.waitForURL(/\/accounts\/acme\/?$/);
    await expect(site.page.locator('h1').innerText()).resolves.toContain('Acme Foods');
    const main = await site.page.locator('main').innerText();
    expect(main).toContain('Food retail in Iberia runs on thin margins');
    expect(main).toContain('María García');
    expect(main).toContain("Seán O'Brien");
  });

  it('links the owner to a team page that lists the account', async () => {
    await site.page.goto(`${site.url}/accounts/acme/`);
    await site.page.getByRole('link', { name: 'Ana López' }).first().click();
    await site.page.waitForURL(/\/team\/ana-lopez\/?$/);
    await expect(site.page.locator('main').innerText()).resolves.toContain('Acme Foods');
  });
});
