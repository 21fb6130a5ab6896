import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const QUERIES = ['logistics', 'client', 'garcia', 'nunez', 'savings pallet', 'cost'];

/**
 * Median time for Pagefind to answer a query in Chromium on the built site, results' first five
 * fragments loaded (what the search page shows first), after one warm-up query.
 */
export async function searchLatency(site: string): Promise<number | undefined> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const handler = sirv(site, { dev: true, extensions: ['html'] });
  const server = createServer((request, response) => handler(request, response, () => void response.writeHead(404).end()));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // A string, not a function: the module is loaded by the page, not bundled here.
    const times = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const run = async (query) => {
        const started = performance.now();
        const found = await pagefind.search(query);
        await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
        return performance.now() - started;
      };
      await run('warm up');
      const times = [];
      for (const query of ${JSON.stringify(QUERIES)}) times.push(await run(query));
      return times;
    })()`)) as number[];
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
    server.close();
  }
}
