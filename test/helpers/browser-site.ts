import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, type SiteName } from './site.ts';

/** A built site served on an ephemeral port, with Chromium and one page open on it. */
export interface BrowserSite {
  browser: Browser;
  page: Page;
  /** The site's root, without a trailing slash. */
  url: string;
}

/**
 * Serves the built site `name` and opens Chromium for the tests of the calling `describe`: filled in
 * by its `beforeAll`, closed in its `afterAll` (one server per file, as the browser tests share).
 */
export function useSite(name: SiteName): BrowserSite {
  const site = {} as BrowserSite;
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveSite(name)]);
    stop = server.stop;
    site.browser = browser;
    site.url = server.url;
    site.page = await browser.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    stop?.();
  });
  return site;
}
