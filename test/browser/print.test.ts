import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { useSite } from '../helpers/browser-site.ts';

/** One printed page: its lines of text from top to bottom, with how far down the page each one is (0–1). */
interface PrintedPage {
  lines: { text: string; depth: number }[];
}

/** Prints `path` to an A4 PDF in Chromium and reads its pages back with PDF.js. */
async function print(site: ReturnType<typeof useSite>, path: string): Promise<{ pages: PrintedPage[]; headings: string[] }> {
  const page = await site.browser.newPage();
  try {
    await page.goto(`${site.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    // What must never end a page: headings, table captions and the rows of column headings.
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(h1, h2, h3, caption, thead tr)')]
        .filter((el) => el.getBoundingClientRect().height > 1 && !el.closest('.visually-hidden'))
        .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    );
    const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
    const pages: PrintedPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const sheet = await pdf.getPage(number);
      const height = sheet.getViewport({ scale: 1 }).height;
      const rows = new Map<number, string[]>();
      for (const item of (await sheet.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const y = Math.round(item.transform[5] as number);
        rows.set(y, [...(rows.get(y) ?? []), item.str]);
      }
      const lines = [...rows.entries()]
        .sort(([a], [b]) => b - a)
        .map(([y, parts]) => ({ text: parts.join(' ').replace(/\s+/g, ' ').trim(), depth: 1 - y / height }));
      pages.push({ lines });
    }
    return { pages, headings };
  } finally {
    await page.close();
  }
}

/** The page's own content: its lines without what the margins carry (name, date, page number). */
const body = (page: PrintedPage) => page.lines.filter(({ depth }) => depth > 0.055 && depth < 0.94);
/** Text compared without spaces: PDF.js does not always find the space between two runs of text. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const AS_OF = squeeze(en.print.asOf('Nov 23, 2026'));

describe('printing an account to A4 in Chromium', () => {
  const site = useSite('sample');

  for (const { path, title, most } of [
    { path: '/accounts/norforja/', title: 'Grupo Norforja', most: 9 },
    { path: '/accounts/norforja/client/', title: 'Grupo Norforja', most: 3 },
    { path: '/accounts/mercaverde/client/', title: 'Mercaverde Supermercados', most: 3 },
  ]) {
    it(`prints ${path} with the plan's name, date and page numbers in the margins and no page ending in a heading`, async () => {
      const { pages, headings } = await print(site, path);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.length).toBeLessThanOrEqual(most);
      pages.forEach((page, index) => {
        const margins = squeeze(
          page.lines
            .filter((line) => !body(page).includes(line))
            .map((line) => line.text)
            .join(' '),
        );
        expect(margins, `page ${index + 1}`).toContain(squeeze(`${index + 1} / ${pages.length}`));
        expect(margins, `page ${index + 1}`).toContain(squeeze(title));
        expect(margins, `page ${index + 1}`).toContain(AS_OF);
        const content = body(page);
        expect(content.length, `page ${index + 1}`).toBeGreaterThan(1);
        const last = content.at(-1)!.text;
        expect(headings.includes(last), `page ${index + 1} ends with “${last}”`).toBe(false);
        expect(
          content.every((line) => headings.includes(line.text)),
          `page ${index + 1} holds only headings`,
        ).toBe(false);
      });
    });
  }

  it('leaves no page of the client view half empty but the last', async () => {
    for (const path of ['/accounts/norforja/client/', '/accounts/mercaverde/client/']) {
      const { pages } = await print(site, path);
      for (const [index, page] of pages.slice(0, -1).entries()) {
        // How far down the sheet the content reaches (the bottom margin starts at 0.93).
        const deepest = Math.max(...body(page).map((line) => line.depth));
        expect(deepest, `${path} page ${index + 1}`).toBeGreaterThan(0.7);
      }
    }
  });
});
